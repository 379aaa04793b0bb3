/**
 * The story files that passed the check in this process, by path, with the hash of the bytes that
 * passed. The build checks every story before it starts; its MDX pipeline then compiles a story
 * without checking it again only when the file on disk still has exactly those bytes.
 */
const passed = new Map<string, string>();

export function rememberPassed(files: ReadonlyMap<string, string>): void {
  for (const [file, hash] of files) passed.set(file, hash);
}

export function hasPassed(file: string, hash: string): boolean {
  return passed.get(file) === hash;
}

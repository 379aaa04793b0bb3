import { closeSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import path from 'node:path';

/** The largest image file a story may hold. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Whether the first bytes of a file are those of a JPEG, PNG, GIF, WebP or AVIF image. */
export function isImageHeader(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    startsWith(bytes, ascii('GIF87a')) ||
    startsWith(bytes, ascii('GIF89a')) ||
    (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) ||
    (startsWith(bytes, ascii('ftyp'), 4) &&
      (startsWith(bytes, ascii('avif'), 8) || startsWith(bytes, ascii('avis'), 8)))
  );
}

/**
 * What is wrong with the image a story names at `relative` (a plain path inside its folder), or
 * undefined when it is a real image file of the story. The bundler imports the file the path leads
 * to and runs anything that is not an image as code, so every step of the path must be a real folder
 * or file of the story (no symbolic link, which could lead anywhere) and the file must start as an
 * image does.
 */
export function imageFileProblem(folder: string, relative: string): string | undefined {
  let current = folder;
  let stat: Stats | undefined;
  for (const segment of relative.split('/').filter((s) => s !== '.' && s !== '')) {
    current = path.join(current, segment);
    try {
      stat = lstatSync(current);
    } catch {
      return 'is not in the story’s folder';
    }
    if (stat.isSymbolicLink()) return 'is a symbolic link, which could lead anywhere';
  }
  if (!stat?.isFile()) return 'is not a file';
  if (stat.size > MAX_IMAGE_BYTES) return `is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`;
  const header = new Uint8Array(16);
  const fd = openSync(current, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return isImageHeader(header)
    ? undefined
    : 'is not an image file: its bytes are not those of a JPEG, PNG, WebP, AVIF or GIF';
}

/**
 * A story file split into its YAML frontmatter and its prose, with where each starts, so problems in
 * either can be reported at the right line of the file. A UTF-8 byte-order mark and CRLF line
 * endings are accepted, as an editor's tools may write them.
 */
export interface SplitStory {
  readonly yaml: string;
  /** 1-based line of the file on which the YAML text starts. */
  readonly yamlLine: number;
  readonly body: string;
  /** 1-based line of the file on which the prose starts. */
  readonly bodyLine: number;
}

export function splitStory(source: string): SplitStory | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  // Exactly "---": the build's pattern would read anything after it on the line as YAML or prose.
  if (lines[0] !== '---') return undefined;
  const close = lines.findIndex((line, i) => i > 0 && line === '---');
  if (close < 0) return undefined;
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

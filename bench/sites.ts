// Throwaway sites for the benchmark: a copy of this site (with the real stories or N synthetic ones)
// and a plain Astro + MDX project with the same prose, each in its own temporary folder.
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Scalar } from 'yaml';

export const REPO = path.resolve(import.meta.dirname, '..');
export const FIRST_SLUG = 'us-pauses-intelligence-sharing-with-ukraine';
export const FIRST_STORY = path.join(REPO, 'content/explainers', FIRST_SLUG, 'index.mdx');

/** Caches a build keeps inside node_modules; each copy gets its own, so a "cold" build is cold. */
const NODE_MODULES_CACHES = new Set(['.astro', '.cache', '.vite']);

/**
 * node_modules for a copy: a real folder whose entries are symlinks to the checkout's packages, all but
 * the build caches. Symlinking the whole folder would share Astro's content-layer store
 * (node_modules/.astro) with the checkout and with every other copy.
 */
async function linkNodeModules(dir: string): Promise<void> {
  const target = path.join(dir, 'node_modules');
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(path.join(REPO, 'node_modules'))) {
    if (NODE_MODULES_CACHES.has(entry)) continue;
    await symlink(path.join(REPO, 'node_modules', entry), path.join(target, entry));
  }
}

/** Removes every build cache and output of a copy (dist, .astro, node_modules/.astro and .vite). */
export async function clearBuildCaches(dir: string): Promise<void> {
  for (const entry of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) {
    await rm(path.join(dir, entry), { recursive: true, force: true });
  }
}

/** A copy of the site's code (config, src, public) and its registry of people in `dir`, with no stories yet. */
export async function copySite(dir: string): Promise<void> {
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content/people']) {
    await cp(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
  }
  await linkNodeModules(dir);
}

/** The site as it is, real stories included. */
export async function copyRealSite(dir: string): Promise<void> {
  await copySite(dir);
  await cp(path.join(REPO, 'content/explainers'), path.join(dir, 'content/explainers'), { recursive: true });
}

export interface StorySource {
  readonly yaml: string;
  readonly body: string;
}

export function splitSource(source: string): StorySource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('the first story has no frontmatter between "---" lines');
  return { yaml: match[1] ?? '', body: match[2] ?? '' };
}

/** The prose of a story: its Markdown body without the frontmatter. */
export function proseOf(source: string): string {
  return splitSource(source).body;
}

// Pronounceable made-up words, one per story and paragraph, so no two synthetic stories read alike.
const SYLLABLES = ['ba', 'ke', 'di', 'lo', 'mu', 'sa', 'te', 'ri', 'no', 'pa', 'vi', 'zo', 'gu', 'fe', 'ha', 'jo'];
function madeUpWord(n: number, paragraph: number): string {
  let word = '';
  let rest = n;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return `${word}${SYLLABLES[paragraph % SYLLABLES.length]}${SYLLABLES[Math.floor(paragraph / SYLLABLES.length) % SYLLABLES.length]}`;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

function occurrencesOf(text: string, phrase: string): Range[] {
  const found: Range[] = [];
  if (phrase === '') return found;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    found.push({ start: at, end: at + phrase.length });
  }
  return found;
}

const inside = (position: number, ranges: readonly Range[]): boolean =>
  ranges.some((r) => r.start < position && position < r.end);

/** Offsets where a word starts in `text` between `from` and `to` (not the first word of the range). */
function wordStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let i = from + 1; i < to; i++) {
    if (/[A-Za-z]/.test(text[i] ?? '') && /\s/.test(text[i - 1] ?? '')) starts.push(i);
  }
  return starts;
}

const scalar = (doc: Document, pathTo: readonly (string | number)[]): Scalar | undefined => {
  const node = doc.getIn(pathTo, true);
  return isScalar(node) ? node : undefined;
};

function seqLength(doc: Document, key: string): number {
  const node = doc.get(key, true);
  return isSeq(node) ? node.items.length : 0;
}

function stringsAt(doc: Document, key: string, field: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < seqLength(doc, key); i++) {
    const node = doc.getIn([key, i, field], true);
    if (isScalar(node)) {
      out.push(String(node.value));
    } else if (isSeq(node)) {
      for (const item of node.items) if (isScalar(item)) out.push(String(item.value));
    } else if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.value)) out.push(String(pair.value.value));
    }
  }
  return out;
}

/**
 * Synthetic story number `n` made from a real one: slug-suffixed ids everywhere (and in every reference
 * to them) but registered people's, a numbered title, and one made-up word added to every paragraph of the prose. Where the
 * word lands inside a quotation, the frontmatter quote gets the same word, so quotes stay verbatim;
 * it is never put inside an actor's name or alias, a note term or a date mention.
 */
export function syntheticStory(source: string, n: number): string {
  const { yaml, body } = splitSource(source);
  const doc = parseDocument(yaml);
  // People of the registry (an actor written by id alone) are the same people in every story, as on a
  // newsroom's site: their ids stay, so the synthetic stories share them and their person pages.
  const registered = new Set(
    Array.from({ length: seqLength(doc, 'actors') }, (_, i) =>
      doc.getIn(['actors', i, 'name']) === undefined ? String(scalar(doc, ['actors', i, 'id'])?.value) : undefined,
    ).filter((id): id is string => id !== undefined),
  );
  const suffix = (node: Scalar | undefined): void => {
    if (node && !registered.has(String(node.value))) node.value = `${String(node.value)}-${n}`;
  };

  const title = scalar(doc, ['title']);
  if (title) title.value = `${String(title.value)} (${n})`;
  for (const list of ['sections', 'actors', 'quotes', 'timeline', 'notes']) {
    for (let i = 0; i < seqLength(doc, list); i++) suffix(scalar(doc, [list, i, 'id']));
  }
  for (let i = 0; i < seqLength(doc, 'quotes'); i++) {
    suffix(scalar(doc, ['quotes', i, 'speaker']));
    suffix(scalar(doc, ['quotes', i, 'quotedBy']));
  }
  for (let i = 0; i < seqLength(doc, 'timeline'); i++) {
    const actors = doc.getIn(['timeline', i, 'actors'], true);
    if (isSeq(actors)) for (const item of actors.items) if (isScalar(item)) suffix(item);
  }

  // Words a new word must not split.
  const protectedPhrases = [
    ...stringsAt(doc, 'actors', 'name'),
    ...stringsAt(doc, 'actors', 'aliases'),
    ...stringsAt(doc, 'notes', 'term'),
    ...stringsAt(doc, 'timeline', 'mention'),
  ];
  const quotes = Array.from({ length: seqLength(doc, 'quotes') }, (_, i) => scalar(doc, ['quotes', i, 'text'])).filter(
    (q): q is Scalar => q !== undefined,
  );

  let paragraph = 0;
  const blocks = body.split(/(\n\s*\n)/);
  for (const [b, block] of blocks.entries()) {
    if (block.trim() === '' || /^\s*(#|<|import |export )/.test(block)) continue;
    const word = madeUpWord(n, paragraph++);
    const blocked = protectedPhrases.flatMap((p) => occurrencesOf(block, p));
    const found = quotes.flatMap((q) => occurrencesOf(block, String(q.value)).map((r) => ({ ...r, quote: q })));
    // The outermost quotations of the paragraph (a quote relayed inside another is left as it is).
    const outer = found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && f.end <= g.end));
    const nested = found.filter((f) => !outer.includes(f));
    let text = block;
    const insertions: { at: number; quote?: (typeof found)[number] }[] = [];
    if (outer.length > 0) {
      for (const q of outer) {
        const at = wordStarts(block, q.start, q.end).find((i) => !inside(i, blocked) && !inside(i, nested));
        if (at !== undefined) insertions.push({ at, quote: q });
      }
    } else {
      const at = wordStarts(block, 0, block.length).find((i) => !inside(i, blocked));
      if (at !== undefined) insertions.push({ at });
    }
    for (const { at, quote } of insertions.sort((x, y) => y.at - x.at)) {
      text = `${text.slice(0, at)}${word} ${text.slice(at)}`;
      if (quote) {
        const value = String(quote.quote.value);
        const offset = at - quote.start;
        quote.quote.value = `${value.slice(0, offset)}${word} ${value.slice(offset)}`;
      }
    }
    blocks[b] = text;
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${blocks.join('')}`;
}

/** Sets a story's `dek` (the incremental benchmark edits one story this way). */
export function withDek(source: string, dek: (old: string) => string): string {
  const { yaml, body } = splitSource(source);
  const doc = parseDocument(yaml);
  const node = scalar(doc, ['dek']);
  if (!node) throw new Error('the story has no dek');
  node.value = dek(String(node.value));
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${body}`;
}

/**
 * A story whose first quote has one word changed, identically in the frontmatter and in the prose (the
 * check wants every quote verbatim in the prose): the quote's last word that no name, alias, note term
 * or date mention holds becomes a made-up word for edit `edit`, so successive edits change the same word.
 * Quotes that relay the first one (hold its text) are changed with it.
 */
export function withQuoteEdit(source: string, edit: number): string {
  const { yaml, body } = splitSource(source);
  const doc = parseDocument(yaml);
  const quotes = Array.from({ length: seqLength(doc, 'quotes') }, (_, i) => scalar(doc, ['quotes', i, 'text'])).filter(
    (q): q is Scalar => q !== undefined,
  );
  const first = quotes[0];
  if (!first) throw new Error('the story has no quote');
  const text = String(first.value);
  if (occurrencesOf(body, text).length === 0) throw new Error(`the first quote is not in the prose: ${text}`);
  const protectedPhrases = [
    ...stringsAt(doc, 'actors', 'name'),
    ...stringsAt(doc, 'actors', 'aliases'),
    ...stringsAt(doc, 'notes', 'term'),
    ...stringsAt(doc, 'timeline', 'mention'),
  ];
  // A quote relayed inside the first one must stay as it is too.
  const relayed = quotes.slice(1).map((q) => String(q.value));
  const blocked = [...protectedPhrases, ...relayed].flatMap((p) => occurrencesOf(text, p));
  // Whole words only: not a piece of "Let's" or of a hyphenated word.
  const words = [...text.matchAll(/(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}'’-])/gu)].filter(
    (m) => !blocked.some((r) => r.start <= m.index && m.index < r.end),
  );
  const word = words[words.length - 1];
  if (!word) throw new Error(`no word of the first quote can be changed: ${text}`);
  // Far from the numbers syntheticStory uses, so the new word is in no synthetic story already.
  const replacement = madeUpWord(1_000_000 + edit, 0);
  if (replacement === word[0]) throw new Error(`edit ${edit} would not change the quote`);
  const changed = `${text.slice(0, word.index)}${replacement}${text.slice(word.index + word[0].length)}`;
  for (const quote of quotes) {
    const value = String(quote.value);
    if (value.includes(text)) quote.value = value.split(text).join(changed);
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${body.split(text).join(changed)}`;
}

export const syntheticSlug = (n: number): string => `${FIRST_SLUG}-${n}`;

/** A copy of the site whose only stories are `count` synthetic ones made from the first story. */
export async function syntheticSite(dir: string, count: number): Promise<void> {
  await copySite(dir);
  const source = await readFile(FIRST_STORY, 'utf8');
  for (let n = 1; n <= count; n++) {
    const folder = path.join(dir, 'content/explainers', syntheticSlug(n));
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'index.mdx'), syntheticStory(source, n));
  }
}

/**
 * The baseline: a plain Astro + MDX project (only the mdx() integration, a trivial layout) with one
 * page per synthetic story, holding exactly the same prose and no annotations. `unified` builds it with the
 * unified Markdown processor the story plugins need instead of Astro 7's default engine (Sätteri).
 */
export async function baselineSite(
  dir: string,
  count: number,
  engine: 'default' | 'unified' = 'default',
): Promise<void> {
  await mkdir(path.join(dir, 'src/layouts'), { recursive: true });
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'plain-astro-baseline', private: true, type: 'module' }, null, 2)}\n`,
  );
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    engine === 'default'
      ? "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n\nexport default defineConfig({ integrations: [mdx()] });\n"
      : // The Markdown engine the explainer needs for its rehype plugins, with no plugins: the engine's own cost.
        "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport { unified } from '@astrojs/markdown-remark';\n\n" +
          'export default defineConfig({\n  integrations: [mdx()],\n  markdown: { processor: unified({ smartypants: false }), syntaxHighlight: false },\n});\n',
  );
  await writeFile(
    path.join(dir, 'src/layouts/Plain.astro'),
    [
      '---',
      'const { frontmatter } = Astro.props;',
      '---',
      '<html lang="en">',
      '  <head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>',
      '  <body><main><h1>{frontmatter.title}</h1><slot /></main></body>',
      '</html>',
      '',
    ].join('\n'),
  );
  const source = await readFile(FIRST_STORY, 'utf8');
  for (let n = 1; n <= count; n++) {
    const synthetic = syntheticStory(source, n);
    const title = String(parseDocument(splitSource(synthetic).yaml).get('title'));
    await writeFile(
      path.join(dir, 'src/pages', `${syntheticSlug(n)}.mdx`),
      `---\nlayout: ../layouts/Plain.astro\ntitle: ${JSON.stringify(title)}\n---\n${proseOf(synthetic)}`,
    );
  }
  await linkNodeModules(dir);
}

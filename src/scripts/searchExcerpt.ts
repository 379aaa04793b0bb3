/**
 * A search result's excerpt, as Pagefind gives it: the page's text with `<` and `>` written as `&lt;` and
 * `&gt;` (nothing else escaped) and each matching word wrapped in `<mark>…</mark>`. It is read as text:
 * the marks are the only markup it can carry, and nothing in it reaches the page as HTML.
 */

/** One run of the excerpt's text, and whether it is a match. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const MARK = /<(\/?)mark>/g;

/** The text Pagefind escaped, as the page had it. (Page text that itself read "&lt;" comes back as "<".) */
const unescape = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The excerpt as runs of text, matches marked, empty runs left out and neighbours of one kind joined. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  let from = 0;
  const push = (raw: string): void => {
    const text = unescape(raw);
    if (text === '') return;
    const last = parts.at(-1);
    if (last?.marked === marked) parts[parts.length - 1] = { text: last.text + text, marked };
    else parts.push({ text, marked });
  };
  for (const tag of excerpt.matchAll(MARK)) {
    push(excerpt.slice(from, tag.index));
    marked = tag[1] === '';
    from = tag.index + tag[0].length;
  }
  push(excerpt.slice(from));
  return parts;
}

/** The excerpt as nodes of `doc`: text nodes, and a `<mark>` element holding each match as text. */
export function excerptNodes(excerpt: string, doc: Document): Node[] {
  return excerptParts(excerpt).map(({ text, marked }) => {
    if (!marked) return doc.createTextNode(text);
    const mark = doc.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

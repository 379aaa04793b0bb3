import { excerptNodes } from './searchExcerpt';

/**
 * The /search/ page's search: the form's words are looked up in the site's Pagefind index
 * (/pagefind/pagefind.js, loaded the first time it is needed) and the matching explainers and person
 * pages listed with their excerpts, their number said in a live region. The words stay in the address as
 * `?q=`, so a search is a link; opening one searches at once. Without JavaScript the page lists
 * everything instead (search.astro).
 */

/** The parts of Pagefind's browser API used here. */
interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: { readonly title?: string };
}
interface Pagefind {
  options(options: {
    baseUrl: string;
    noWorker: boolean;
    excerptEllipsis: string;
    ranking: { pageLength: number };
  }): Promise<void>;
  search(term: string): Promise<{ results: readonly { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results shown at most; a newsroom's search rarely needs more, and each one loads a fragment. */
const SHOWN = 20;
/** Quiet time after a keystroke before searching as the reader types. */
const TYPING_MS = 200;

const base = import.meta.env.BASE_URL;
const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const browse = document.querySelector<HTMLElement>('[data-search-browse]');

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind, loaded once; a failed load is tried again at the next search. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (api) => {
    // On the main thread: the page's policy allows no workers. Pagefind favours short pages (0.75 by
    // default), which put every short profile that mentions a name above the explainers about it.
    // An excerpt cut from the middle of the text says so.
    await api.options({ baseUrl: base, noWorker: true, excerptEllipsis: '…', ranking: { pageLength: 0.25 } });
    return api;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** A result's address, if it is a page of this site (anything else is not shown). */
function sitePath(url: string): string | undefined {
  const resolved = new URL(url, location.href);
  return resolved.origin === location.origin && resolved.pathname.startsWith(base) ? resolved.pathname : undefined;
}

function resultItem(result: PagefindResultData, href: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'story-list-title';
  const link = document.createElement('a');
  link.href = href;
  link.textContent = result.meta.title ?? href;
  heading.append(link);
  const kind = document.createElement('p');
  kind.className = 'story-list-meta';
  kind.textContent = href.startsWith(`${base}people/`) ? 'Profile' : 'Explainer';
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(...excerptNodes(result.excerpt, document));
  item.append(heading, excerpt, kind);
  return item;
}

function show(term: string, results: readonly PagefindResultData[], total: number): void {
  if (!list || !status) return;
  const items = results.flatMap((result) => {
    const href = sitePath(result.url);
    return href === undefined ? [] : [resultItem(result, href)];
  });
  list.replaceChildren(...items);
  list.hidden = items.length === 0;
  if (browse) browse.hidden = false;
  const quoted = `“${term}”`;
  if (total === 0) status.textContent = `No results for ${quoted}. Everything is listed below.`;
  else if (total > items.length)
    status.textContent = `${total} results for ${quoted}; the first ${items.length} shown.`;
  else status.textContent = `${total} ${total === 1 ? 'result' : 'results'} for ${quoted}.`;
}

let latest = 0;

/** Searches for `query` and shows what it finds; a search overtaken by a newer one shows nothing. */
async function search(query: string): Promise<void> {
  const asked = ++latest;
  const term = query.trim();
  if (!list || !status) return;
  if (term === '') {
    list.replaceChildren();
    list.hidden = true;
    if (browse) browse.hidden = false;
    status.textContent = '';
    return;
  }
  try {
    const found = await (await loadPagefind()).search(term);
    if (asked !== latest || found === null) return;
    const results = await Promise.all(found.results.slice(0, SHOWN).map((result) => result.data()));
    if (asked === latest) show(term, results, found.results.length);
  } catch {
    if (asked !== latest) return;
    list.replaceChildren();
    list.hidden = true;
    if (browse) browse.hidden = false;
    status.textContent = 'Search could not load. Everything is listed below.';
  }
}

/** Keeps the words in the address (`?q=`), so that the search can be shared and reloaded. */
function remember(query: string): void {
  const url = new URL(location.href);
  const term = query.trim();
  if (term === '') url.searchParams.delete('q');
  else url.searchParams.set('q', term);
  history.replaceState(history.state, '', url);
}

if (form && input) {
  let typing = 0;
  form.addEventListener('submit', (event) => {
    // The page answers itself: no round trip (and the site's policy lets no form be sent).
    event.preventDefault();
    clearTimeout(typing);
    remember(input.value);
    void search(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = window.setTimeout(() => {
      remember(input.value);
      void search(input.value);
    }, TYPING_MS);
  });
  // Fetch the index's code as soon as the reader is about to type.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    // The list of everything steps aside until the results come, and comes back below them: results
    // arriving above it would push what the reader sees down the page.
    if (browse) browse.hidden = true;
    void search(asked);
  }
}

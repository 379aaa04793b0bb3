// "What changed since you last read": the moment of the last visit to this page is kept in the reader's
// own browser (localStorage) and nowhere else; on a return, each change made since is marked, with
// what it concerns, and a line under the headline offers a jump to the first. The visit is then
// recorded (recordVisit.ts, on every explainer, after this has read the old one).

/** The storage key of a page's last visit. */
export const lastReadKey = (path: string): string => `read:${path}`;

/** The changes made after `since` (milliseconds), as their list items, in page order. */
export function changesSince(items: readonly HTMLElement[], since: number): HTMLElement[] {
  return items.filter((item) => Date.parse(item.dataset['at'] ?? '') > since);
}

export function markChangesSinceLastRead(): void {
  let since: number;
  try {
    since = Number(localStorage.getItem(lastReadKey(location.pathname)));
  } catch {
    return;
  }
  // A first visit has nothing to compare with.
  if (!since) return;
  const changed = changesSince([...document.querySelectorAll<HTMLElement>('#changes li[data-at]')], since);
  if (changed.length === 0) return;
  const targets = changed.flatMap((item) => [
    item,
    ...[...item.querySelectorAll('a')].map((a) => document.getElementById(a.hash.slice(1))),
  ]);
  for (const target of targets) target?.classList.add('changed-since');
  const first = changed[0]?.querySelector<HTMLAnchorElement>('.change-concerns a') ?? null;
  const notice = document.createElement('p');
  notice.className = 'since-last-read';
  const link = document.createElement('a');
  link.href = first?.hash ?? `#${changed[0]?.id ?? 'changes'}`;
  link.textContent = `${changed.length === 1 ? '1 change' : `${changed.length} changes`} since you last read this`;
  notice.append(link);
  document.querySelector('.story-header h1')?.after(notice);
}

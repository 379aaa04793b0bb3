/**
 * Marks the contents link of the section being read with aria-current="location": on arrival by #hash,
 * on hashchange (the target's section) and on scroll (the last section whose top has passed a line a
 * quarter down the viewport; at the bottom of the page, the last section, however short).
 * Without this script the contents still work; only the marking is missing.
 */
interface Item {
  link: HTMLAnchorElement;
  section: Element;
}

const byId = (hash: string): HTMLElement | null =>
  hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;

const items: Item[] = [];
for (const link of document.querySelectorAll<HTMLAnchorElement>('#contents a[href^="#"]')) {
  const target = byId(link.hash);
  if (target) items.push({ link, section: target.closest('section') ?? target });
}

let current: Item | undefined;
let pinned: Item | undefined;
let pinnedAt = 0;
let frame = 0;

function mark(item: Item | undefined): void {
  if (item === current) return;
  current?.link.removeAttribute('aria-current');
  item?.link.setAttribute('aria-current', 'location');
  current = item;
}

function update(): void {
  frame = 0;
  // A link followed to a point inside a section keeps that section marked until the reader scrolls.
  if (pinned && Math.abs(scrollY - pinnedAt) < 2) return mark(pinned);
  pinned = undefined;
  const line = innerHeight / 4;
  let found: Item | undefined;
  for (const item of items) if (item.section.getBoundingClientRect().top <= line) found = item;
  const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  mark(found && atBottom ? items.at(-1) : found);
}

function fromHash(): void {
  const target = byId(location.hash);
  pinned = target ? items.find((item) => item.section.contains(target)) : undefined;
  pinnedAt = scrollY;
  update();
}

if (items.length > 0) {
  addEventListener('hashchange', fromHash);
  const schedule = (): void => {
    frame ||= requestAnimationFrame(update);
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  fromHash();
}

export {};

/**
 * Adds "Copy link" (and, where the system has a share sheet, "Share") next to every visible anchor
 * link. Sections and quotes copy their share page, whose preview shows just that part; everything
 * else copies the page URL with its #anchor. Without JavaScript the plain "#" links remain.
 */
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
const canShare = typeof navigator.share === 'function';
const canCopy = typeof navigator.clipboard?.writeText === 'function';

const statusRegion = document.createElement('p');
statusRegion.className = 'share-status';
statusRegion.setAttribute('role', 'status');
document.body.append(statusRegion);

let clearTimer = 0;
function announce(message: string): void {
  statusRegion.textContent = message;
  clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => (statusRegion.textContent = ''), 4000);
}

function button(kind: 'copy' | 'share', label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `share-button share-${kind}`;
  b.title = kind === 'copy' ? 'Copy link' : 'Share';
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = label;
  b.append(name);
  return b;
}

for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a.anchor-link')) {
  const path = anchor.dataset['sharePath'];
  const url = new URL(path ?? anchor.hash, path ? new URL(canonical).origin : canonical).href;
  const what = (anchor.getAttribute('aria-label') ?? '').replace(/^Link to\s*/, '');
  const controls: HTMLButtonElement[] = [];
  if (canCopy) {
    const copy = button('copy', `Copy link to ${what}`);
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(url).then(
        () => announce(`Link copied: ${url}`),
        () => announce('Could not copy the link; use the # link instead.'),
      );
    });
    controls.push(copy);
  }
  if (canShare) {
    const share = button('share', `Share ${what}`);
    share.addEventListener('click', () => {
      navigator.share({ title: document.title, url }).catch(() => undefined);
    });
    controls.push(share);
  }
  anchor.after(...controls);
}

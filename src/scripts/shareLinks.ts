export {};

/**
 * Makes each item's link control (`a.anchor-link`, a link to the item's #anchor) the way to share it:
 * a click, Enter or Space copies the item's URL and says so in a live region; on a touch screen with a
 * share sheet it opens the sheet instead. An item with a share page (`data-share-path`) gives that
 * page, whose preview shows just the item; any other the page's URL with the #anchor. With a modifier
 * key (new tab, new window) it is still a link. Without JavaScript, or where the browser can neither
 * copy nor share, it stays a plain link to the anchor.
 */
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
const share = matchMedia('(pointer: coarse)').matches && typeof navigator.share === 'function';
const canCopy = typeof navigator.clipboard?.writeText === 'function';

const status = document.createElement('p');
status.className = 'share-status';
status.setAttribute('role', 'status');

let clearTimer = 0;
function announce(message: string): void {
  status.textContent = message;
  clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => (status.textContent = ''), 4000);
}

function copy(control: HTMLAnchorElement, url: string): void {
  navigator.clipboard.writeText(url).then(
    () => announce(`Link copied: ${url}`),
    () => {
      // Still give the reader a link to copy: the anchor, in the address bar.
      location.hash = control.hash;
      announce('Could not copy the link; the address bar has it.');
    },
  );
}

if (share || canCopy) {
  document.body.append(status);
  for (const control of document.querySelectorAll<HTMLAnchorElement>('a.anchor-link')) {
    // The share path is site-relative or relative to the explainer; either resolves against its URL.
    const url = new URL(control.dataset['sharePath'] ?? control.hash, canonical).href;
    const what = (control.getAttribute('aria-label') ?? '').replace(/^Link to\s*/, '');
    // It now acts rather than goes somewhere: a button, named for what it does.
    control.setAttribute('role', 'button');
    control.setAttribute('aria-label', `${share ? 'Share' : 'Copy link to'} ${what}`);
    control.title = share ? 'Share' : 'Copy link';
    control.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (share) {
        navigator.share({ title: document.title, url }).catch((error: unknown) => {
          if (canCopy && (error as Error).name !== 'AbortError') copy(control, url);
        });
      } else copy(control, url);
    });
    control.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      // A button answers Space as well as Enter (and the page must not scroll).
      event.preventDefault();
      control.click();
    });
  }
}

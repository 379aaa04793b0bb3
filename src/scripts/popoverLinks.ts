export {};

/**
 * A link out of a popover (a note's "All notes") closes the popover and moves focus to the link's
 * target on the page, so the target is not hidden under the popover and the next Tab goes on from it.
 * Browsers follow the link themselves but leave an open popover where it was and focus on the page.
 * Without this script the link still scrolls to its target; Esc closes the popover.
 */
addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('[popover] a[href]');
  if (!link) return;
  link.closest<HTMLElement>('[popover]')?.hidePopover();
  const target =
    link.pathname === location.pathname && link.hash
      ? document.getElementById(decodeURIComponent(link.hash.slice(1)))
      : null;
  if (!target) return;
  // After the browser has followed the link (and put focus back on the popover's button).
  setTimeout(() => {
    if (target.tabIndex < 0) target.tabIndex = -1;
    target.focus();
  });
});

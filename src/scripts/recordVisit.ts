// Records this visit to the explainer in the reader's own browser (localStorage), so that a later visit
// can mark what changed since (sinceLastRead.ts, on a page with changes, reads it first: its script
// comes earlier in the page). Nothing is sent anywhere.
try {
  localStorage.setItem(`read:${location.pathname}`, String(Date.now()));
} catch {
  // Storage may be off or full: the page reads the same.
}

/**
 * Which stories a build shows. A draft (`draft: true`) is checked like every story but left out of
 * `npm run build`, its feed, sitemap and preview images, unless the person building asks for drafts
 * with INCLUDE_DRAFTS=1 (a preview build for editors). `npm run dev` always shows drafts, under a
 * "Draft" banner, so an editor can read one before publishing it.
 */
export const INCLUDE_DRAFTS_VARIABLE = 'INCLUDE_DRAFTS';

export function draftsShown(dev: boolean, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return dev || env[INCLUDE_DRAFTS_VARIABLE] === '1';
}

/** Whether a story with this frontmatter is part of the site being built or served. */
export function isShown(
  story: { readonly draft: boolean },
  dev: boolean,
  env?: Readonly<Record<string, string | undefined>>,
): boolean {
  return !story.draft || draftsShown(dev, env);
}

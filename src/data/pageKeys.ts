import { siteCode } from 'virtual:news-explainer/site-code';
import { digestOf } from '../lib/build/digest';
import type { Explainer } from './explainers';

/**
 * The `cacheKey`s of the pages' `getStaticPaths`: Astro's incremental build re-uses a page from the last
 * build when its key and its code are unchanged, so a key holds everything the page shows that is not
 * code. Each key starts with the site's code digest (see integrations/incrementalBuild.ts).
 */
export function pageKey(kind: string, ...parts: readonly unknown[]): string {
  return digestOf(siteCode, kind, ...parts);
}

const explainerDigests = new WeakMap<Explainer, string>();

/** An explainer's story and prose as one digest, made once per build for all of its pages. */
export function explainerDigest(explainer: Explainer): string {
  let digest = explainerDigests.get(explainer);
  if (digest === undefined) {
    digest = digestOf(explainer.id, explainer.data, explainer.body);
    explainerDigests.set(explainer, digest);
  }
  return digest;
}

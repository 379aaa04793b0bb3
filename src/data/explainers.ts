import { getCollection, type CollectionEntry } from 'astro:content';
import { isShown } from '../lib/site/drafts';

/** The explainers this build shows: every story but drafts, unless drafts are asked for (lib/site/drafts). */
export function getExplainers(): Promise<CollectionEntry<'explainers'>[]> {
  return getCollection('explainers', (entry) => isShown(entry.data, import.meta.env.DEV));
}

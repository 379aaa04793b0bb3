import { getCollection, type CollectionEntry } from 'astro:content';
import { showDrafts } from 'virtual:news-explainer/drafts';

/** The explainers this build shows: every story but drafts, unless drafts are shown (integrations/drafts.ts). */
export function getExplainers(): Promise<CollectionEntry<'explainers'>[]> {
  return getCollection('explainers', (entry) => !entry.data.draft || showDrafts);
}

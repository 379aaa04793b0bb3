import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { showDrafts } from 'virtual:news-explainer/drafts';
import { parseStory } from '../lib/story/parseStory';
import type { Story } from '../lib/story/schema';
import type { People } from '../lib/people/person';
import { getPeople } from './people';

/** An explainer as pages use it: its slug, its story (registered people written out), its prose, its entry to render. */
export interface Explainer {
  readonly id: string;
  readonly data: Story;
  readonly body: string;
  readonly entry: CollectionEntry<'explainers'>;
}

/** Each story parsed once per build (and again in `astro dev` when it or the registry changes). */
const parsed = new Map<string, { key: string; people: People; explainer: Explainer }>();

function explainerOf(entry: CollectionEntry<'explainers'>, people: People): Explainer {
  const key = String(entry.digest ?? '');
  const known = parsed.get(entry.id);
  if (known?.key === key && known.people === people) return known.explainer;
  const result = parseStory(entry.data, people);
  // The build checks every story before it starts (npm run check), so this is a story changed since.
  if (!result.ok)
    throw new Error(
      `content/explainers/${entry.id}/index.mdx: ${result.problems.map((p) => `${p.field} ${p.message}`).join('; ')}. Run \`npm run check\` to see every problem with its line.`,
    );
  const explainer = { id: entry.id, data: result.story, body: entry.body ?? '', entry };
  parsed.set(entry.id, { key, people, explainer });
  return explainer;
}

/** The explainers this build shows: every story but drafts, unless drafts are shown (integrations/drafts.ts). */
export async function getExplainers(): Promise<Explainer[]> {
  const people = await getPeople();
  const entries = await getCollection('explainers');
  return entries.map((entry) => explainerOf(entry, people)).filter((explainer) => !explainer.data.draft || showDrafts);
}

/** One explainer by slug, drafts included (a component of a draft's own page asks for it). */
export async function getExplainer(slug: string): Promise<Explainer | undefined> {
  const entry = await getEntry('explainers', slug);
  return entry && explainerOf(entry, await getPeople());
}

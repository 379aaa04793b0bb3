import path from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { showDrafts } from 'virtual:news-explainer/drafts';
import { passedStory } from '../check/passedStories';
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

/**
 * Each story read once per build: as the check read it before the build started (the same story,
 * validated against the same registry), else parsed here (in `astro dev`, again when it or the
 * registry changes).
 */
const parsed = new Map<string, { key: string; people: People; explainer: Explainer }>();

function explainerOf(entry: CollectionEntry<'explainers'>, people: People): Explainer {
  const key = String(entry.digest ?? '');
  const known = parsed.get(entry.id);
  if (known?.key === key && known.people === people) return known.explainer;
  const body = entry.body ?? '';
  const passed = import.meta.env.DEV ? undefined : passedStory(path.resolve(entry.filePath ?? ''));
  // The same file, read by the check and by the content layer (which trims the prose's blank lines).
  const same = passed !== undefined && passed.body.trim() === body.trim();
  const result = same ? { ok: true as const, story: passed.story } : parseStory(entry.data, people);
  // The build checks every story before it starts (npm run check), so this is a story changed since.
  if (!result.ok)
    throw new Error(
      `content/explainers/${entry.id}/index.mdx: ${result.problems.map((p) => `${p.field} ${p.message}`).join('; ')}. Run \`npm run check\` to see every problem with its line.`,
    );
  const explainer = { id: entry.id, data: result.story, body, entry };
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

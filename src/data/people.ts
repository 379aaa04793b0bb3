import { getCollection } from 'astro:content';
import type { People } from '../lib/people/person';

let registry: { key: string; people: People } | undefined;

/** The registry of people and bodies (content/people), by id. */
export async function getPeople(): Promise<People> {
  const entries = await getCollection('people');
  const key = entries.map((entry) => `${entry.id}:${entry.digest ?? ''}`).join('\n');
  if (registry?.key !== key) registry = { key, people: new Map(entries.map((entry) => [entry.id, entry.data])) };
  return registry.people;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { storyObjectSchema } from '../../../src/lib/story/schema';

const README = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');

it('README names exactly the fields a story cannot do without', () => {
  const sentence = /^A story needs (.+?)\s+below the frontmatter;/msu.exec(README)?.[1] ?? '';
  const named = [...sentence.matchAll(/`([a-zA-Z]+)`/gu)].map((m) => m[1]).filter((field) => field !== 'name');
  // A field is required when leaving it out fails (no default, not optional).
  const required = Object.entries(storyObjectSchema.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
  expect(named.sort()).toEqual(required.sort());
});

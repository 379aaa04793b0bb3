import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { createStory, slugProblem } from '../../../src/authoring/createStory';
import { storyScaffold } from '../../../src/authoring/scaffold';
import { checkStories } from '../../../src/check/checkStories';
import { MAX_SLUG_LENGTH } from '../../../src/check/storyFolders';
import {
  noteSchema,
  quoteSchema,
  storyObjectSchema,
  timelineEventSchema,
  unattributedQuotationSchema,
} from '../../../src/lib/story/schema';

const root = mkdtempSync(path.join(tmpdir(), 'scaffold-'));
const explainers = path.join(root, 'content', 'explainers');
mkdirSync(explainers, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SCAFFOLD = storyScaffold('2025-03-05');
const FRONTMATTER = SCAFFOLD.split('\n---\n')[0]!.replace(/^---\n/u, '');

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** Every field the schema allows, as `quotes[].said.setting`, found by walking the schema itself. */
function schemaFields(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return schemaFields(def.innerType!, prefix);
    case 'pipe':
      return schemaFields(def.out!, prefix);
    case 'array':
      return schemaFields(def.element!, `${prefix}[]`);
    case 'union':
      return (def.options ?? []).flatMap((option) => schemaFields(option, prefix));
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => {
        const field = prefix ? `${prefix}.${key}` : key;
        return [field, ...schemaFields(child, field)];
      });
    default:
      return [];
  }
}

/**
 * Every field the frontmatter text writes, used or commented out ("# quotedBy: …" counts), as
 * `quotes[].said.setting`: each line is uncommented as far as it goes, and the field's place in the
 * tree is read from its indentation and the "- " of list entries, as YAML reads it.
 */
function writtenFields(yaml: string): Set<string> {
  const fields = new Set<string>();
  const stack: { indent: number; path: string }[] = [];
  for (const raw of yaml.split('\n')) {
    let line = raw;
    while (/^ *# /u.test(line)) line = line.replace(/^( *)# /u, '$1');
    const m = /^( *)(- )?([A-Za-z]+):(?: |$)/u.exec(line);
    if (!m) continue;
    const dash = m[1]!.length;
    const keyAt = dash + (m[2] ? 2 : 0);
    const parentAt = m[2] ? dash : keyAt;
    while (stack.length > 0 && stack.at(-1)!.indent >= parentAt) stack.pop();
    let parent = stack.at(-1)?.path ?? '';
    if (m[2]) {
      parent = `${parent}[]`;
      stack.push({ indent: dash, path: parent });
    }
    const field = parent ? `${parent}.${m[3]}` : m[3]!;
    fields.add(field);
    stack.push({ indent: keyAt, path: field });
  }
  return fields;
}

/** The commented-out example entry under `list: []`, uncommented once, as YAML. */
function exampleEntry(list: string): unknown {
  const lines = FRONTMATTER.split('\n');
  const start = lines.indexOf(`${list}: []`);
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('#   ') && !line.startsWith('#     ')) break;
    block.push(line.slice(2));
  }
  return (parse(block.join('\n')) as unknown[])[0];
}

describe('the scaffold of a new story', () => {
  it('writes every field of the story schema, each with a comment', () => {
    const fields = schemaFields(storyObjectSchema);
    // The walk reaches the nested fields too, so a field added anywhere later is caught.
    expect(fields).toEqual(expect.arrayContaining(['quotes[].said.setting', 'timeline[].mention.in', 'draft']));
    const written = writtenFields(FRONTMATTER);
    expect(fields.filter((field) => !written.has(field))).toEqual([]);
    // And a comment right before every field that is used.
    const lines = FRONTMATTER.split('\n');
    const uncommented = lines.flatMap((line, i) => (/^ *(- )?[A-Za-z]+:/u.test(line) ? [i] : []));
    const bare = uncommented.filter((i) => !/^ *#/u.test(lines[i - 1] ?? ''));
    expect(bare.map((i) => lines[i])).toEqual([]);
  });

  it('gives examples that are valid entries of their lists once uncommented', () => {
    expect(quoteSchema.safeParse(exampleEntry('quotes')).error).toBeUndefined();
    expect(unattributedQuotationSchema.safeParse(exampleEntry('unattributedQuotations')).error).toBeUndefined();
    expect(timelineEventSchema.safeParse(exampleEntry('timeline')).error).toBeUndefined();
    expect(noteSchema.safeParse(exampleEntry('notes')).error).toBeUndefined();
  });

  it('passes the check as a draft, which lists its placeholders (story, section, actor) for review', () => {
    const made = createStory(explainers, 'ferry-reopens', '2025-03-05');
    expect(made).toEqual({ ok: true, file: path.join(explainers, 'ferry-reopens', 'index.mdx') });
    const report = checkStories([explainers], root);
    expect(report.problems).toEqual([]);
    expect(report.stories).toBe(1);
    expect(report.warnings.map((w) => w.field)).toEqual(['review', 'sections[0].review', 'actors[0].review']);
    expect(report.passed.get(path.join(explainers, 'ferry-reopens', 'index.mdx'))?.story.draft).toBe(true);
  });

  it('cannot be published as it is: with draft: false the check refuses its review marks', () => {
    const folder = path.join(root, 'published', 'ferry-published');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.mdx'), SCAFFOLD.replace('\ndraft: true\n', '\ndraft: false\n'));
    const report = checkStories([folder], root);
    expect(report.problems.map((p) => p.field)).toEqual(['review', 'sections[0].review', 'actors[0].review']);
  });

  it('dates the story to the day given', () => {
    expect(parse(FRONTMATTER)).toMatchObject({ published: '2025-03-05', draft: true, lang: 'en-GB' });
  });
});

describe('createStory', () => {
  it('never overwrites: an existing story stays byte for byte as it was', () => {
    const folder = path.join(explainers, 'existing-story');
    mkdirSync(folder);
    const before = Buffer.from('---\ntitle: "Mine"\n---\n\nWords of an editor.\n');
    writeFileSync(path.join(folder, 'index.mdx'), before);
    const result = createStory(explainers, 'existing-story', '2025-03-05');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('already exists') });
    expect(readFileSync(path.join(folder, 'index.mdx'))).toEqual(before);
    expect(readdirSync(folder)).toEqual(['index.mdx']);
  });

  it('refuses a folder that exists without a story, and a file of that name, writing nothing', () => {
    mkdirSync(path.join(explainers, 'empty-folder'));
    writeFileSync(path.join(explainers, 'a-file'), 'not a story');
    expect(createStory(explainers, 'empty-folder', '2025-03-05').ok).toBe(false);
    expect(readdirSync(path.join(explainers, 'empty-folder'))).toEqual([]);
    expect(createStory(explainers, 'a-file', '2025-03-05').ok).toBe(false);
    expect(readFileSync(path.join(explainers, 'a-file'), 'utf8')).toBe('not a story');
  });

  it('refuses a slug the site cannot publish, with the reason, and makes no folder', () => {
    const before = readdirSync(explainers).sort();
    const tooLong = 'a'.repeat(MAX_SLUG_LENGTH + 1);
    for (const slug of [
      'Ferry Reopens',
      'ferry--reopens',
      'ferry_reopens',
      '-ferry',
      '../escape',
      'ferry/',
      '',
      tooLong,
    ]) {
      const result = createStory(explainers, slug, '2025-03-05');
      expect(result.ok, slug).toBe(false);
    }
    expect(slugProblem(tooLong)).toBe(
      `"${tooLong}" is ${MAX_SLUG_LENGTH + 1} characters long; a story's slug is its URL and may have at most ${MAX_SLUG_LENGTH}`,
    );
    expect(slugProblem('Ferry Reopens')).toMatch(/^"Ferry Reopens" is not a story slug: use lowercase letters/u);
    expect(slugProblem('a'.repeat(MAX_SLUG_LENGTH))).toBeUndefined();
    expect(readdirSync(explainers).sort()).toEqual(before);
  });

  it('refuses a folder of stories that does not exist, rather than making one', () => {
    const missing = path.join(root, 'nowhere', 'content', 'explainers');
    expect(createStory(missing, 'ferry-reopens', '2025-03-05')).toEqual({
      ok: false,
      message: `${missing} does not exist; run this in the project, or give --root the project folder`,
    });
  });
});

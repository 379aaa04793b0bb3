import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  actorSchema,
  changeSchema,
  mentionSchema,
  noteSchema,
  quoteSchema,
  sectionSchema,
  storyObjectSchema,
  timelineEventSchema,
  unattributedQuotationSchema,
} from '../../../src/lib/story/schema';
import { personSchema, roleSchema } from '../../../src/lib/people/person';

const REPO = path.resolve(import.meta.dirname, '../../..');
const DOC = 'docs/reference/frontmatter.md';

type ObjectSchema = z.ZodObject<Record<string, z.ZodType>>;

/** The `{ phrase, in }` form of a mention (the other is a bare phrase). */
const mentionObject = mentionSchema.options[1] as unknown as ObjectSchema;

/** Each heading of the reference whose table lists the fields of an object of the schema. */
const TABLES: Record<string, ObjectSchema> = {
  'The story': storyObjectSchema as unknown as ObjectSchema,
  source: storyObjectSchema.shape.source as unknown as ObjectSchema,
  sections: sectionSchema as unknown as ObjectSchema,
  actors: actorSchema as unknown as ObjectSchema,
  quotes: quoteSchema as unknown as ObjectSchema,
  said: quoteSchema.shape.said as unknown as ObjectSchema,
  unattributedQuotations: unattributedQuotationSchema as unknown as ObjectSchema,
  timeline: timelineEventSchema as unknown as ObjectSchema,
  mention: mentionObject,
  sameAs: timelineEventSchema.shape.sameAs.unwrap() as unknown as ObjectSchema,
  notes: noteSchema as unknown as ObjectSchema,
  changes: changeSchema as unknown as ObjectSchema,
};

/** The same for the registry of people, docs/reference/people.md. */
const PEOPLE_DOC = 'docs/reference/people.md';
const PEOPLE_TABLES: Record<string, ObjectSchema> = {
  'People reference': personSchema as unknown as ObjectSchema,
  roles: roleSchema as unknown as ObjectSchema,
};

/** The first table after each heading: field name to its "required?" cell. */
function referenceTables(doc: string): Map<string, Map<string, string>> {
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .parse(readFileSync(path.join(REPO, doc), 'utf8')) as Root;
  const tables = new Map<string, Map<string, string>>();
  let heading = '';
  for (const node of tree.children) {
    if (node.type === 'heading') heading = toString(node);
    else if (node.type === 'table' && !tables.has(heading)) tables.set(heading, fields(node));
  }
  return tables;
}

function fields(table: Table): Map<string, string> {
  const [header, ...rows] = table.children;
  const column = header?.children.findIndex((cell) => toString(cell) === 'required?') ?? -1;
  return new Map(rows.map((row) => [toString(row.children[0]!), toString(row.children[column]!)]));
}

/** A field may be left out when the schema accepts its absence (`.optional()` or `.default(…)`). */
const mayBeLeftOut = (schema: z.ZodType): boolean => schema.safeParse(undefined).success;

describe.each([
  [DOC, TABLES],
  [PEOPLE_DOC, PEOPLE_TABLES],
] as const)('%s lists every field of the schema', (doc, TABLES) => {
  const tables = referenceTables(doc);
  it.each(Object.entries(TABLES))(
    '"%s": the same fields, each required or optional as the schema says',
    (name, schema) => {
      const table = tables.get(name);
      expect(table, `a table under the heading "${name}"`).toBeDefined();
      expect([...table!.keys()].sort()).toEqual(Object.keys(schema.shape).sort());
      for (const [field, fieldSchema] of Object.entries(schema.shape)) {
        const said = table!.get(field) ?? '';
        expect(said, `${name}: ${field}`).toMatch(mayBeLeftOut(fieldSchema) ? /^optional/ : /^required/);
      }
    },
  );

  it('says "default" for exactly the optional fields that have one', () => {
    for (const [name, schema] of Object.entries(TABLES)) {
      for (const [field, fieldSchema] of Object.entries(schema.shape)) {
        const hasDefault = fieldSchema.def.type === 'default';
        expect(tables.get(name)?.get(field)?.includes('default'), `${name}: ${field}`).toBe(hasDefault);
      }
    }
  });
});

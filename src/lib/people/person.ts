import { z } from 'zod';
import { comparePartialDates, toPartialDate } from '../dates/partialDate.ts';
import { partialDateSchema, safeUrlSchema, SHORT_MAX, textOf } from '../story/schema.ts';

/** The kinds of entry the registry holds: everyone and everything a story may name again in another story. */
export const PERSON_KINDS = ['person', 'organisation', 'country', 'group'] as const;

/** The longest description: one neutral line, shown on the person page and its card. */
export const DESCRIPTION_MAX = 300;

export const roleSchema = z
  .strictObject({
    /** The title as a reader would recognise it ("US National Security Adviser"). */
    role: textOf(SHORT_MAX),
    /** When it began and ended, at the precision known; no `to` while it lasts. */
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
  })
  .superRefine((role, ctx) => {
    if (role.from === undefined || role.to === undefined) return;
    if (comparePartialDates(toPartialDate(role.to), toPartialDate(role.from)) < 0)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `is before from (${role.from}); it must be the same or later`,
      });
  });

/**
 * One person or body of the newsroom's registry: content/people/<id>.yaml, the file name being its id.
 * Stories name it by that id; its page is /people/<id>/.
 */
export const personSchema = z.strictObject({
  name: textOf(SHORT_MAX),
  /** Every other form stories write ("Waltz", "National Security Adviser Mike Waltz"). */
  aliases: z.array(textOf(SHORT_MAX)).max(20, { message: 'has more than 20 aliases' }).default([]),
  kind: z.enum(PERSON_KINDS),
  /** One neutral line saying who or what this is, without opinion. */
  description: textOf(DESCRIPTION_MAX),
  /** Roles over time, oldest first; a story's actor takes the one it held on the story's date. */
  roles: z.array(roleSchema).max(50, { message: 'has more than 50 roles' }).default([]),
  /** Pages that are about this same person (an encyclopaedia entry, an official page), for search engines. */
  sameAs: z.array(safeUrlSchema).max(10, { message: 'has more than 10 links' }).default([]),
});

export type Person = z.output<typeof personSchema>;
export type PersonRole = Person['roles'][number];

/** The registry: each registered person or body by id. */
export type People = ReadonlyMap<string, Person>;

export const NO_PEOPLE: People = new Map();

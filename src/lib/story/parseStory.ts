import type { People } from '../people/person.ts';
import { withRegisteredActors } from '../people/registeredActors.ts';
import type { Problem } from './problem.ts';
import { storySchema, type Story } from './schema.ts';

/**
 * A story's frontmatter, as read, validated against the schema with its registered people written out
 * (withRegisteredActors): the story every page and plugin uses. The check reports the same problems
 * with their places; here they are only listed, for a story that changed after it was checked.
 */
export function parseStory(
  frontmatter: unknown,
  people: People,
): { ok: true; story: Story } | { ok: false; problems: Problem[] } {
  const registered = withRegisteredActors(frontmatter ?? {}, people);
  const parsed = storySchema.safeParse(registered.data);
  const problems = [
    ...registered.problems.map((problem) => ({
      field: fieldOf(problem.path),
      message: problem.message,
      ...(problem.fix === undefined ? {} : { fix: problem.fix }),
    })),
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({ field: fieldOf(issue.path), message: issue.message }))),
  ];
  return parsed.success && problems.length === 0 ? { ok: true, story: parsed.data } : { ok: false, problems };
}

const fieldOf = (path: readonly PropertyKey[]): string => path.map(String).join('.') || '(frontmatter)';

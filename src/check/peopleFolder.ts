import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { personSchema, type People, type Person } from '../lib/people/person.ts';
import { formKey } from '../lib/story/crossCheck.ts';
import { closestMatch } from '../lib/text/didYouMean.ts';
import { unsafeCharacters } from '../lib/story/textSafety.ts';
import type { LocatedProblem } from './checkStory.ts';
import { describeIssue, fieldName } from './issueMessages.ts';
import { knownKeysAt } from './knownKeys.ts';
import { decodeStory } from './storySource.ts';
import { isStorySlug } from './storyFolders.ts';
import { yamlSyntaxProblems } from './yamlMessages.ts';

/** The registry as read, with every problem of its files. */
export interface PeopleFolder {
  readonly people: People;
  readonly problems: LocatedProblem[];
}

/** A person file is a few lines; anything far larger is a mistake (or an attack on the parser). */
const MAX_PERSON_CHARACTERS = 20_000;

/** The registry folder that belongs with a folder of stories: content/explainers -> content/people. */
export const peopleFolderOf = (explainersFolder: string): string => path.join(path.dirname(explainersFolder), 'people');

/**
 * Reads the registry of people and bodies, content/people/<id>.yaml, as both the check and the site
 * read it (the site's `people` collection loads through this same function). A file with a problem is
 * left out of the registry and its problems are returned; no folder is an empty registry.
 */
export function readPeopleFolder(folder: string, cwd = process.cwd()): PeopleFolder {
  const people = new Map<string, Person>();
  const problems: LocatedProblem[] = [];
  if (!existsSync(folder)) return { people, problems };
  const display = (file: string): string => path.relative(cwd, file) || file;
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'README.md')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const file = path.join(folder, entry.name);
    const problem = (message: string, fix: string, line = 1, column = 1, field = '(file)'): void => {
      problems.push({ file: display(file), line, column, field, message, fix });
    };
    const id = entry.name.replace(/\.ya?ml$/, '');
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) {
      problem(
        entry.name.endsWith('.yml')
          ? 'ends in .yml; the registry reads .yaml files only'
          : 'is not a person file (content/people holds one <id>.yaml file per person or body)',
        entry.name.endsWith('.yml') ? `rename it to ${id}.yaml` : 'move it elsewhere',
      );
      continue;
    }
    if (!isStorySlug(id) || id.length > 60) {
      problem(
        `"${id}" is not an id: the file name is the person's id, a lowercase slug such as "mike-waltz"`,
        'rename the file',
      );
      continue;
    }
    const decoded = decodeStory(readFileSync(file));
    if ('problem' in decoded) {
      problems.push({ ...decoded.problem, file: display(file) });
      continue;
    }
    const found = readPerson(decoded.text);
    if ('problems' in found) {
      const inOrder = [...found.problems].sort((a, b) => a.line - b.line || a.column - b.column);
      for (const p of inOrder) problems.push({ ...p, file: display(file) });
      continue;
    }
    people.set(id, found.person);
  }
  problems.push(...sharedNames(people, folder, display));
  return { people, problems };
}

type PlacedProblem = Omit<LocatedProblem, 'file'>;

/** One person file's text: its syntax, then its fields against the schema, each problem at its line. */
function readPerson(text: string): { person: Person } | { problems: PlacedProblem[] } {
  if (text.length > MAX_PERSON_CHARACTERS)
    return {
      problems: [
        {
          line: 1,
          column: 1,
          field: '(file)',
          message: `is ${text.length.toLocaleString('en-GB')} characters long; a person file has at most ${MAX_PERSON_CHARACTERS.toLocaleString('en-GB')}`,
          fix: 'keep to the fields of docs/reference/people.md',
        },
      ],
    };
  const unsafe = unsafeCharacters(text, true)[0];
  if (unsafe) {
    const before = text.slice(0, unsafe.index).split('\n');
    return {
      problems: [
        {
          line: before.length,
          column: (before.at(-1)?.length ?? 0) + 1,
          field: '(file)',
          message: `contains ${unsafe.what}`,
          fix: unsafe.fix,
        },
      ],
    };
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  // The YAML messages are worded for frontmatter; here the whole file is the YAML.
  if (document.errors.length > 0)
    return { problems: yamlSyntaxProblems(document, text, 1).map((p) => ({ ...p, field: '(file)' })) };
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  // Aliases are not needed in a person file; a value with many is refused before it is expanded.
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 10 });
  } catch {
    return {
      problems: [
        { line: 1, column: 1, field: '(file)', message: 'uses YAML aliases (*name)', fix: 'write each value out' },
      ],
    };
  }
  const parsed = personSchema.safeParse(data ?? {}, { reportInput: true });
  if (parsed.success) return { person: parsed.data };
  const seen = new Set<string>();
  const problems: PlacedProblem[] = [];
  for (const issue of parsed.error.issues) {
    const place = fieldName(issue.path);
    if (issue.code !== 'unrecognized_keys' && seen.has(place)) continue;
    seen.add(place);
    const node = document.getIn(issue.path, true) as YamlNode | undefined;
    if (issue.code === 'unrecognized_keys') {
      const parent = issue.path.length === 0 ? document.contents : (document.getIn(issue.path, true) as unknown);
      for (const key of issue.keys) {
        const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
        const suggestion = closestMatch(key, knownKeysAt(personSchema, issue.path));
        problems.push({
          ...at((pair?.key as YamlNode | undefined)?.range?.[0] ?? 0),
          field: fieldName([...issue.path, key]),
          message:
            key === 'id'
              ? 'is not a field of a person: the id is the file name'
              : `is not a field of a person.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
          fix:
            key === 'id'
              ? 'remove it (rename the file to change the id)'
              : suggestion
                ? `rename it to ${suggestion}`
                : 'remove it, or check its spelling against docs/reference/people.md',
        });
      }
      continue;
    }
    problems.push({
      ...at(node?.range?.[0] ?? 0),
      field: place || '(file)',
      ...describeIssue(issue, 'docs/reference/people.md'),
    });
  }
  return { problems };
}

/** A name or alias two registered people share: a story naming it could mean either. */
function sharedNames(people: People, folder: string, display: (file: string) => string): LocatedProblem[] {
  const owners = new Map<string, string>();
  const problems: LocatedProblem[] = [];
  for (const [id, person] of people) {
    for (const form of [person.name, ...person.aliases]) {
      const key = formKey(form);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, id);
      else if (owner !== id)
        problems.push({
          file: display(path.join(folder, `${id}.yaml`)),
          line: 1,
          column: 1,
          field: form === person.name ? 'name' : 'aliases',
          message: `"${form}" is also a name or alias of "${owner}" (${display(path.join(folder, `${owner}.yaml`))}), so a story naming it could mean either`,
          fix: 'keep it on one of them and give the other a fuller form (a first name, a title)',
        });
    }
  }
  return problems;
}

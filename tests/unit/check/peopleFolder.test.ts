import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatLocated } from '../../../src/check/checkStory';
import { readPeopleFolder } from '../../../src/check/peopleFolder';
import { REPO } from './catalogue';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A registry folder with the given files, and what the check says of it (paths relative to it). */
function registry(files: Record<string, string>) {
  dir = mkdtempSync(path.join(tmpdir(), 'people-'));
  const folder = path.join(dir, 'people');
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  const read = readPeopleFolder(folder, dir);
  return { people: read.people, lines: read.problems.map(formatLocated) };
}

const WALTZ = 'name: Mike Waltz\naliases: [Waltz]\nkind: person\ndescription: American politician.\n';

describe('readPeopleFolder', () => {
  it("reads the site's registry with no problem", () => {
    const read = readPeopleFolder(path.join(REPO, 'content/people'), REPO);
    expect(read.problems.map(formatLocated)).toEqual([]);
    expect(read.people.get('waltz')?.name).toBe('Mike Waltz');
    expect(read.people.size).toBeGreaterThanOrEqual(10);
  });

  it('takes the id from the file name and fills in the defaults', () => {
    const { people, lines } = registry({ 'waltz.yaml': WALTZ });
    expect(lines).toEqual([]);
    expect(people.get('waltz')).toEqual({
      name: 'Mike Waltz',
      aliases: ['Waltz'],
      kind: 'person',
      description: 'American politician.',
      roles: [],
      sameAs: [],
    });
  });

  it('names the file, line, field and fix of each problem', () => {
    const { people, lines } = registry({
      'waltz.yml': WALTZ,
      'Mike Waltz.yaml': WALTZ,
      'ratcliffe.yaml': 'id: ratcliffe\nname: John Ratcliffe\nkind: person\ndescription: CIA Director.\n',
      'macron.yaml':
        'name: Emmanuel Macron\nkind: president\ndescription: French politician.\nroles:\n  - role: President\n    from: "2017-05-14"\n    to: "2017-05-01"\n',
      'putin.yaml': 'name: Vladimir Putin\n  kind: person\n',
      'rubio.yaml': 'name: Marco Rubio\nkind: person\ndescriptoin: Secretary of State.\n',
    });
    expect(people.size).toBe(0);
    expect(lines).toEqual([
      'people/Mike Waltz.yaml:1:1  (file)  "Mike Waltz" is not an id: the file name is the person\'s id, a lowercase slug such as "mike-waltz"  (fix: rename the file)',
      'people/macron.yaml:2:7  kind  "president" is not one of: person, organisation, country, group.  (fix: use one of the values listed)',
      'people/macron.yaml:7:9  roles[0].to  is before from (2017-05-14); it must be the same or later',
      expect.stringMatching(/^people\/putin\.yaml:2:\d+ {2}\(file\) {2}is not valid YAML: /u),
      'people/ratcliffe.yaml:1:1  id  is not a field of a person: the id is the file name  (fix: remove it (rename the file to change the id))',
      'people/rubio.yaml:1:1  description  is missing  (fix: add it; docs/reference/people.md lists every field)',
      'people/rubio.yaml:3:1  descriptoin  is not a field of a person. Did you mean "description"?  (fix: rename it to description)',
      'people/waltz.yml:1:1  (file)  ends in .yml; the registry reads .yaml files only  (fix: rename it to waltz.yaml)',
    ]);
  });

  it('refuses a name or alias two people share', () => {
    const { lines } = registry({
      'waltz.yaml': WALTZ,
      'michael-waltz.yaml': 'name: Michael Waltz\naliases: [waltz]\nkind: person\ndescription: Someone else.\n',
    });
    expect(lines).toEqual([
      expect.stringContaining('people/waltz.yaml:1:1  aliases  "Waltz" is also a name or alias of "michael-waltz"'),
    ]);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, FIRST_STORY, type SiteCopy } from '../support/buildSite';
import { initGitRepo, type GitRepo } from '../support/gitRepo';

/**
 * A story with a history, in a temporary git repository made from a copy of the site: the first story
 * committed as published with two mistakes (a word of Ratcliffe's misquoted, the day of Zelensky's
 * letter wrong), then corrected in a second commit that also renames its first section's id. Before that
 * commit, `npm run check` refuses the edits without their correction entry or without the former id;
 * the build then publishes /explainers/<slug>/changes/ with both versions and the changed words marked.
 */
const SLUG = path.basename(path.dirname(FIRST_STORY));
const REAL = readFileSync(path.resolve(import.meta.dirname, '../..', FIRST_STORY), 'utf8');
const repository = path.resolve(import.meta.dirname, '../..');

/** `source` with each `[from, to]` replaced once; a `from` it lacks stops the test. */
function edit(source: string, ...replacements: readonly (readonly [string, string])[]): string {
  return replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`the first story has no "${from}" to edit`);
    return text.replace(from, to);
  }, source);
}

/** As first committed: "the pause will end" for "the pause will go away", the letter dated Monday. */
const PUBLISHED = edit(
  REAL,
  [
    'text: "I think on the military front and the intelligence front, the pause will go away"',
    'text: "I think on the military front and the intelligence front, the pause will end"',
  ],
  ['intelligence front, the pause will go away,”', 'intelligence front, the pause will end,”'],
  [
    '    date: "2025-03-04"\n    dateBasis: "The report says Trump revealed',
    '    date: "2025-03-03"\n    dateBasis: "The report says Trump revealed',
  ],
);
const RENAMED: readonly [string, string] = [
  '  - id: suspension-confirmed\n',
  '  - id: intelligence-sharing-suspended\n    formerIds: [suspension-confirmed]\n',
];
const CORRECTIONS = `changes:
  - at: '2025-03-06T09:00:00+00:00'
    kind: correction
    text: 'An earlier version of this explainer misquoted CIA Director John Ratcliffe: he said the pause would “go away”.'
    concerns: [ratcliffe-pause-will-go-away]
  - at: '2025-03-06T09:00:00+00:00'
    kind: correction
    text: 'An earlier version of this explainer dated Zelensky’s letter to Monday 3 March; Trump revealed it on Tuesday 4 March.'
    concerns: [zelensky-letter-revealed]
`;
const withCorrections = (source: string): string => edit(source, ['\n---\n\n## ', `\n${CORRECTIONS}---\n\n## `]);
/** The second version: the real words and date, the corrections that say so, the section renamed. */
const CORRECTED = withCorrections(edit(REAL, RENAMED));

let site: SiteCopy;
let repo: GitRepo;
const storyFile = (): string => path.join(site.dir, FIRST_STORY);
const commits: string[] = [];
/** What `npm run check` says of each edit tried before the second commit. */
const checks = new Map<string, { status: number | null; stdout: string }>();

function check(): { status: number | null; stdout: string } {
  const run = spawnSync(path.join(repository, 'node_modules/.bin/node'), ['src/cli/checkStories.ts'], {
    cwd: site.dir,
    env: { ...process.env, INIT_CWD: site.dir },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout + run.stderr };
}

beforeAll(async () => {
  site = await copySite({ stories: [] });
  writeFileSync(path.join(site.dir, '.gitignore'), 'node_modules\ndist\n.astro\n');
  writeFileSync(storyFile(), PUBLISHED);
  repo = initGitRepo(site.dir);
  commits.push(repo.commitAll('Publish the explainer', '2025-03-05T20:00:00+00:00'));
  for (const [name, text] of [
    ['without the corrections', edit(REAL, RENAMED)],
    ['without the former id', withCorrections(edit(REAL, [RENAMED[0], '  - id: intelligence-sharing-suspended\n']))],
    ['as corrected', CORRECTED],
  ] as const) {
    writeFileSync(storyFile(), text);
    checks.set(name, check());
  }
  commits.push(
    repo.commitAll(
      'Correct Ratcliffe’s words and the day of the letter; a clearer section id',
      '2025-03-06T09:05:00+00:00',
    ),
  );
}, 60_000);

afterAll(async () => {
  await site?.cleanup();
});

describe('npm run check against the last committed version', () => {
  it('refuses the reworded quote and the moved date without a correction entry, at their lines', () => {
    const run = checks.get('without the corrections');
    expect(run?.status).toBe(1);
    // The line of the quote's text in the file as checked (the renamed section's former id adds one above it).
    const lines = edit(REAL, RENAMED).split('\n');
    const quoteLine = lines.findIndex((line) => line.startsWith('    text: "I think on the military front')) + 1;
    expect(run?.stdout).toContain(
      `${FIRST_STORY}:${quoteLine}:11  quotes[5].text  the text of the quote "ratcliffe-pause-will-go-away" has changed since the last committed version (${commits[0]?.slice(0, 7)}, 5 March 2025, 20:00 UTC)`,
    );
    expect(run?.stdout).toMatch(/timeline\[2\]\.date {2}the date of the event "zelensky-letter-revealed" has changed/u);
    expect(run?.stdout).toContain('1 story checked: 2 problems');
  });

  it('refuses the renamed section without its former id', () => {
    const run = checks.get('without the former id');
    expect(run?.status).toBe(1);
    expect(run?.stdout).toMatch(
      /sections\[0\]\.id {2}"suspension-confirmed" was the id of a section in the last committed version .*#suspension-confirmed shared since would lead nowhere/u,
    );
    expect(run?.stdout).toContain('1 story checked: 1 problem');
  });

  it('accepts the edits with both', () => {
    expect(checks.get('as corrected')).toEqual({ status: 0, stdout: '1 story checked: no problems\n' });
  });
});

describe('the build of a story with two committed versions', () => {
  let page: Root;
  let offline: Root;
  let sitemap: string;

  beforeAll(async () => {
    const build = await site.build();
    if (!build.ok) throw new Error(build.output);
    page = fromHtml(await readFile(path.join(site.dist, 'explainers', SLUG, 'changes/index.html'), 'utf8'));
    offline = fromHtml(await readFile(path.join(site.dist, 'explainers', SLUG, 'offline.html'), 'utf8'));
    sitemap = await readFile(path.join(site.dist, 'sitemap-0.xml'), 'utf8');
  }, 180_000);

  it('lists both versions on /explainers/<slug>/changes/, newest first, with their times and commits', () => {
    const versions = selectAll('.version-list > li', page);
    expect(versions.map((li) => li.properties['id'])).toEqual(commits.map((c) => `version-${c.slice(0, 7)}`).reverse());
    expect(versions.map((li) => select('.version-meta time', li)?.properties['dateTime'])).toEqual([
      '2025-03-06T09:05:00Z',
      '2025-03-05T20:00:00Z',
    ]);
    expect(versions.map((li) => toString(select('.version-meta code', li) ?? page))).toEqual(
      commits.map((c) => c.slice(0, 7)).reverse(),
    );
  });

  it('marks the changed word in the quote and the prose with <del> and <ins>, and the changed date', () => {
    const newest = select('.version-list > li', page)!;
    const marked = (selector: string): string[] =>
      selectAll(selector, newest).map((el) => toString(el).replace(/^\[(added|removed): |\]$/gu, ''));
    expect(marked('.diff-entries blockquote del')).toEqual(['end']);
    expect(marked('.diff-entries blockquote ins')).toEqual(['go away']);
    expect(marked('.diff-block del')).toEqual(['end']);
    expect(marked('.diff-block ins')).toEqual(['go away']);
    expect(
      selectAll('.diff-entries del time, .diff-entries ins time', newest).map((t) => t.properties['dateTime']),
    ).toEqual(['2025-03-03', '2025-03-04']);
    expect(toString(newest)).toContain('Links to #suspension-confirmed now lead to #intelligence-sharing-suspended');
  });

  it('keeps the old section link and share page leading to the renamed section, and shows the corrections on the explainer', async () => {
    const explainer = fromHtml(await readFile(path.join(site.dist, 'explainers', SLUG, 'index.html'), 'utf8'));
    // The old anchor stands inside the renamed section's heading.
    const heading = select('h2#intelligence-sharing-suspended', explainer);
    expect(heading && select('#suspension-confirmed', heading)).toBeTruthy();
    // The old share page sends people (and link previews) to the renamed section.
    const share = fromHtml(
      await readFile(path.join(site.dist, 'explainers', SLUG, 'share/suspension-confirmed/index.html'), 'utf8'),
    );
    expect(String(select('meta[http-equiv="refresh"]', share)?.properties['content'])).toBe(
      `0; url=/explainers/${SLUG}/#intelligence-sharing-suspended`,
    );
    // Each correction beside what it corrects, with its time, and in the JSON-LD.
    const notes = selectAll('#story .correction, #timeline .correction', explainer);
    expect(notes.map((n) => select('time', n)?.properties['dateTime'])).toEqual([
      '2025-03-06T09:00:00+00:00',
      '2025-03-06T09:00:00+00:00',
    ]);
    expect(toString(select('#event-zelensky-letter-revealed .correction', explainer) ?? explainer)).toContain(
      'dated Zelensky’s letter to Monday 3 March',
    );
    const ld = JSON.parse(toString(select('script[type="application/ld+json"]', explainer) ?? explainer)) as {
      dateModified: string;
      correction: { datePublished: string; text: string }[];
    };
    expect(ld.dateModified).toBe('2025-03-06T09:00:00+00:00');
    expect(ld.correction.map((c) => c.datePublished)).toEqual([
      '2025-03-06T09:00:00+00:00',
      '2025-03-06T09:00:00+00:00',
    ]);
  });

  it('lists the story’s corrections with their times', () => {
    const recorded = selectAll('.recorded-changes li', page).map((li) => toString(li));
    expect(recorded).toHaveLength(2);
    expect(recorded.every((text) => text.startsWith('Correction, 6 March 2025, 09:00 UTC'))).toBe(true);
  });

  it('names the commit in the offline copy’s provenance line, and keeps the versions page out of the sitemap', () => {
    const provenance = toString(select('.provenance', offline) ?? offline);
    expect(provenance).toContain(`(commit ${commits[1]?.slice(0, 7)})`);
    expect(sitemap).toContain(`/explainers/${SLUG}/`);
    expect(sitemap).not.toContain('/changes/');
  });
});

describe('a build from a working copy edited since the last commit', () => {
  let page: Root;
  let offline: Root;

  beforeAll(async () => {
    const update = `  - at: '2025-03-07T08:00:00+00:00'
    kind: update
    text: 'This explainer now says when the European military chiefs meet.'
    concerns: [paris-military-chiefs-meeting]
`;
    writeFileSync(storyFile(), edit(CORRECTED, ['\n---\n\n## ', `\n${update}---\n\n## `]));
    const build = await site.build();
    if (!build.ok) throw new Error(build.output);
    page = fromHtml(await readFile(path.join(site.dist, 'explainers', SLUG, 'changes/index.html'), 'utf8'));
    offline = fromHtml(await readFile(path.join(site.dist, 'explainers', SLUG, 'offline.html'), 'utf8'));
  }, 180_000);

  it('lists the working copy first, as uncommitted, with the update it records', () => {
    const versions = selectAll('.version-list > li', page);
    expect(versions.map((li) => li.properties['id'])).toEqual([
      'version-uncommitted',
      ...commits.map((c) => `version-${c.slice(0, 7)}`).reverse(),
    ]);
    expect(toString(select('.version-meta', versions[0]!) ?? page)).toMatch(/^Uncommitted/u);
    expect(toString(select('.diff-recorded', versions[0]!) ?? page)).toContain(
      'Update, 7 March 2025, 08:00 UTC: This explainer now says when the European military chiefs meet.',
    );
  });

  it('names no commit in the offline copy, whose story is in none', () => {
    const provenance = toString(select('.provenance', offline) ?? offline);
    expect(provenance).toMatch(/^Saved from https:\/\/\S+/u);
    expect(provenance).not.toContain('commit');
  });
});

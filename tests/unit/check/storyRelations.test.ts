import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStories } from '../../../src/check/checkStories';
import { formatLocated } from '../../../src/check/checkStory';
import { REPO, TEMPLATE } from './catalogue';

const template = readFileSync(path.join(REPO, TEMPLATE, 'index.mdx'), 'utf8');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A site of two stories: `ferry-later` (the template, changed by `edit`) and `ferry-vote`, a draft or not. */
function site(edit: (source: string) => string, { draft = false } = {}): string {
  dir = mkdtempSync(path.join(tmpdir(), 'story-relations-'));
  const write = (slug: string, source: string): void => {
    mkdirSync(path.join(dir, 'content/explainers', slug), { recursive: true });
    writeFileSync(path.join(dir, 'content/explainers', slug, 'index.mdx'), source);
  };
  write(
    'ferry-vote',
    draft ? template.replace('published: "2025-06-12"\n', 'published: "2025-06-12"\ndraft: true\n') : template,
  );
  write('ferry-later', edit(template));
  return dir;
}

const follows = (slug: string) => (source: string) => source.replace('keyPoints:\n', `follows: ${slug}\nkeyPoints:\n`);
const sameAs = (story: string, event: string) => (source: string) =>
  source.replace(
    '    status: expected\n',
    `    status: expected\n    sameAs:\n      story: ${story}\n      event: ${event}\n`,
  );

describe("a story's relations to others", () => {
  it('accepts follows and sameAs that name a story and its event, checked together or alone', () => {
    const root = site((s) => sameAs('ferry-vote', 'first-sailing')(follows('ferry-vote')(s)));
    expect(checkStories(['content/explainers'], root).problems).toEqual([]);
    // Checked alone, the story beside it is still known: what the check accepts, the build accepts.
    expect(checkStories(['content/explainers/ferry-later'], root).problems).toEqual([]);
  });

  it('refuses an unknown story at the field, with the closest slug', () => {
    const report = checkStories(['content/explainers/ferry-later'], site(follows('ferry-votes')));
    expect(report.problems.map(formatLocated)).toEqual([
      'content/explainers/ferry-later/index.mdx:8:10  follows  "ferry-votes" is not an explainer of this site. Did you mean "ferry-vote"?  ' +
        '(fix: write the slug (folder name) of an explainer in content/explainers/: ferry-vote)',
    ]);
    expect(report.passed.size).toBe(0);
  });

  it('refuses a story naming itself', () => {
    const report = checkStories(['content/explainers'], site(follows('ferry-later')));
    expect(report.problems.map((p) => p.message)).toEqual(['"ferry-later" is this story itself']);
  });

  it('refuses an event the other story does not have, whether or not that story is checked too', () => {
    for (const targets of [['content/explainers'], ['content/explainers/ferry-later']]) {
      const report = checkStories(targets, site(sameAs('ferry-vote', 'first-sailings')));
      expect(report.problems.map(formatLocated)).toEqual([
        expect.stringMatching(
          /^content\/explainers\/ferry-later\/index\.mdx:\d+:14 {2}timeline\[1\]\.sameAs\.event {2}"first-sailings" is not an event of the explainer "ferry-vote"\. Did you mean "first-sailing"\?/u,
        ),
      ]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts an event named by the id it had before the other story renamed it', () => {
    const root = site(sameAs('ferry-vote', 'first-sailing'));
    const vote = path.join(root, 'content/explainers/ferry-vote/index.mdx');
    writeFileSync(
      vote,
      readFileSync(vote, 'utf8').replace(
        '  - id: first-sailing\n',
        '  - id: first-ferry-sailing\n    formerIds: [first-sailing]\n',
      ),
    );
    expect(checkStories(['content/explainers'], root).problems).toEqual([]);
    expect(checkStories(['content/explainers/ferry-later'], root).problems).toEqual([]);
  });

  it('refuses a published story that follows a draft, and lets a draft follow one', () => {
    const report = checkStories(['content/explainers'], site(follows('ferry-vote'), { draft: true }));
    expect(report.problems.map((p) => [p.field, p.message])).toEqual([
      ['follows', '"ferry-vote" is a draft, so "Earlier:" would lead nowhere once this story is published'],
    ]);
    rmSync(dir, { recursive: true, force: true });
    const draftFollows = (s: string) =>
      follows('ferry-vote')(s).replace('published: "2025-06-12"\n', 'published: "2025-06-12"\ndraft: true\n');
    expect(checkStories(['content/explainers'], site(draftFollows, { draft: true })).problems).toEqual([]);
  });
});

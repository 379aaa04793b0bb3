import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Link, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { checkStories } from '../../../src/check/checkStories';
import { formatLocated } from '../../../src/check/checkStory';
import { brokenCases, reportedFile, REPO, TEMPLATE } from '../check/catalogue';

/** The errors reference, and the section of it that lists every broken case. */
const DOC = 'docs/reference/errors.md';
const HEADING = 'Errors you may see';

/** The nodes of the reference's "## Errors you may see", up to the next heading of the same or a higher level. */
function errorsSection(): RootContent[] {
  const tree = unified()
    .use(remarkParse)
    .parse(readFileSync(path.join(REPO, DOC), 'utf8')) as Root;
  const start = tree.children.findIndex(
    (node) => node.type === 'heading' && node.depth === 2 && toString(node) === HEADING,
  );
  if (start < 0) return [];
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

const section = errorsSection();
// Without the GFM extension a table is a paragraph, one line of text per row, code spans included.
const rows = section
  .filter((node) => node.type !== 'code')
  .flatMap((node) => toString(node).split('\n'))
  .filter((line) => line.trim().startsWith('|'));
const example = section.find((node) => node.type === 'code');
const links = section.flatMap((node) => {
  const found: Link[] = [];
  visit(node, 'link', (link) => {
    found.push(link);
  });
  return found;
});

describe(`${DOC} "${HEADING}"`, () => {
  it('is there, with an example and a table', () => {
    expect(section.length).toBeGreaterThan(0);
    expect(example).toBeDefined();
    expect(rows.length).toBeGreaterThan(2);
    // The example comes first, before the table.
    expect(section.indexOf(example!)).toBeLessThan(section.findIndex((node) => toString(node).includes('| case')));
  });

  it.each(brokenCases().map((c) => [c.name, c] as const))('has a row for %s with its field and message', (_, c) => {
    for (const want of c.expected) {
      const row = rows.find((r) => r.includes(c.name) && r.includes(want.field) && r.includes(want.message));
      expect(row, `a row with ${c.name}, ${want.field} and "${want.message}"`).toBeDefined();
    }
  });

  it.each(brokenCases().map((c) => [c.name, c] as const))(
    'links %s to its fixture, relative to the folder of the reference',
    (_, c) => {
      const targets = links.filter((link) => toString(link) === c.name).map((link) => link.url);
      expect(targets.length, `a link named ${c.name}`).toBeGreaterThan(0);
      for (const url of targets) {
        const target = path.relative(REPO, path.resolve(path.dirname(path.join(REPO, DOC)), url));
        expect(target, url).toBe(reportedFile(c).replace(/\/$/, ''));
      }
    },
  );

  it("shows the example output exactly as the check prints it today, in the format 'file:line:column  field  message  (fix: …)'", () => {
    const lines = (example?.type === 'code' ? example.value : '').split('\n');
    const summary = lines.pop();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\S+\.mdx:\d+:\d+ {2}\S+ {2}\S.*$/);

    // The example is the valid template with one word added to a quote and a typo in a speaker.
    const dir = mkdtempSync(path.join(tmpdir(), 'readme-example-'));
    try {
      const story = 'content/explainers/kelderby-ferry';
      mkdirSync(path.join(dir, story), { recursive: true });
      const template = readFileSync(path.join(REPO, TEMPLATE, 'index.mdx'), 'utf8');
      const edited = template
        .replace('text: "The ferry is a lifeline', 'text: "The ferry is a vital lifeline')
        .replace('speaker: lindqvist', 'speaker: lindqvst');
      writeFileSync(path.join(dir, story, 'index.mdx'), edited);
      const report = checkStories(['content/explainers'], dir);
      expect(lines).toEqual(report.problems.map(formatLocated));
      expect(summary).toBe(`1 story checked: ${report.problems.length} problems`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

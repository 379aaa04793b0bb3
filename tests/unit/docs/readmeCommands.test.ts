import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../../..');
const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
const tree = unified().use(remarkParse).parse(readme) as Root;
const codeBlocks: Code[] = [];
visit(tree, 'code', (node) => {
  codeBlocks.push(node);
});
const scripts = Object.keys(
  (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

describe('README.md commands', () => {
  it('starts with the two commands a new user runs on a fresh machine, before any heading', () => {
    const firstHeading = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2);
    const beforeHeadings = tree.children.slice(0, firstHeading).filter((node) => node.type === 'code');
    expect(beforeHeadings.map((node) => node.value)).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('gives the test command CI runs', () => {
    const ci = readFileSync(path.join(REPO, '.ci/run'), 'utf8').trim().split('\n');
    expect(ci.at(-1)).toBe(codeBlocks[1]?.value);
  });

  it('names only scripts package.json has', () => {
    const named = [...readme.matchAll(/npm (?:run ([\w:-]+)|(start|test)\b)/g)].map((m) => m[1] ?? m[2] ?? '');
    expect(named.length).toBeGreaterThan(10);
    for (const script of new Set(named)) expect(scripts, `npm run ${script}`).toContain(script);
  });

  it('lists the scripts an editor and a developer start with', () => {
    const section = tree.children.findIndex((node) => node.type === 'heading' && toString(node) === 'Scripts');
    const list = tree.children[section + 1];
    expect(list?.type).toBe('list');
    const items = list?.type === 'list' ? list.children.map((item) => toString(item)) : [];
    for (const command of [
      'npm run dev',
      'npm run build',
      'npm run check',
      'npm run check -- --report <slug>',
      'npm run new -- <slug>',
      'npm run import -- <article.txt|article.html> --slug <slug> --published <YYYY-MM-DD> [--source-name "..."] [--source-url URL]',
      'npm run export',
      'npm run bench',
      'npm run bench:import',
      'npm test',
    ]) {
      expect(
        items.some((item) => item.startsWith(command)),
        command,
      ).toBe(true);
    }
  });
});

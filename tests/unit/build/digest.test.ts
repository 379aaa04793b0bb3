import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestOf, siteCodeDigest } from '../../../src/lib/build/digest';

describe('digestOf', () => {
  it('is a SHA-256 in hex, the same for equal values however they were built', () => {
    const a = digestOf('site', { slug: 'pause', tags: ['Ukraine', 'Russia'] }, 3, null);
    const b = digestOf('site', { slug: 'pause', tags: ['Ukraine', 'Russia'] }, 3, null);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(digestOf()).toBe(digestOf());
  });

  it('differs when any one part differs', () => {
    const base = digestOf('code', 'display', 'hash', ['registry', 1]);
    const changed = [
      digestOf('code2', 'display', 'hash', ['registry', 1]),
      digestOf('code', 'display2', 'hash', ['registry', 1]),
      digestOf('code', 'display', 'hash2', ['registry', 1]),
      digestOf('code', 'display', 'hash', ['registry', 2]),
      digestOf('code', 'display', 'hash', ['registry', '1']),
      digestOf('code', 'display', 'hash'),
      digestOf('code', 'display', 'hash', ['registry', 1], null),
    ];
    for (const digest of changed) expect(digest).not.toBe(base);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('depends on the order of its parts, and on where one part ends and the next begins', () => {
    expect(digestOf('a', 'b')).not.toBe(digestOf('b', 'a'));
    expect(digestOf(['a', 'b'])).not.toBe(digestOf(['b', 'a']));
    expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
    expect(digestOf('a,b')).not.toBe(digestOf('a', 'b'));
  });
});

describe('siteCodeDigest', () => {
  let root: string;
  const write = (relative: string, text: string): void => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'site-code-'));
    write('astro.config.mjs', "export default { site: 'https://news.example.com/' };\n");
    write('package-lock.json', '{"lockfileVersion":3,"packages":{}}\n');
    write('src/a.ts', 'export const a = 1;\n');
    write('src/lib/b.ts', 'export const b = 2;\n');
    write('public/x.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
    write('content/explainers/x/index.mdx', '---\ntitle: "X"\n---\n\nProse.\n');
    write('dist/index.html', '<!doctype html><title>X</title>\n');
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('is the same for the same files, read twice', () => {
    const first = siteCodeDigest(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(siteCodeDigest(root)).toBe(first);
  });

  it('changes when a file of the code (src/, at any depth) or of public/ changes', () => {
    const before = siteCodeDigest(root);
    write('src/a.ts', 'export const a = 2;\n');
    const afterSrc = siteCodeDigest(root);
    expect(afterSrc).not.toBe(before);
    write('src/lib/b.ts', 'export const b = 3;\n');
    const afterNested = siteCodeDigest(root);
    expect(afterNested).not.toBe(afterSrc);
    write('public/x.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="1"/>\n');
    expect(siteCodeDigest(root)).not.toBe(afterNested);
  });

  it('changes when a file is added to src/ or public/, or renamed there with the same bytes', () => {
    const before = siteCodeDigest(root);
    write('src/c.ts', '');
    const added = siteCodeDigest(root);
    expect(added).not.toBe(before);
    rmSync(path.join(root, 'src/c.ts'));
    expect(siteCodeDigest(root)).toBe(before);

    renameSync(path.join(root, 'src/a.ts'), path.join(root, 'src/renamed.ts'));
    expect(siteCodeDigest(root)).not.toBe(before);
    renameSync(path.join(root, 'src/renamed.ts'), path.join(root, 'src/a.ts'));
    renameSync(path.join(root, 'public/x.svg'), path.join(root, 'public/y.svg'));
    expect(siteCodeDigest(root)).not.toBe(before);
  });

  it('tells apart bytes moved from the end of one file to the start of the next', () => {
    write('src/a.ts', 'ab');
    write('src/b.ts', 'c');
    const first = siteCodeDigest(root);
    write('src/a.ts', 'a');
    write('src/b.ts', 'bc');
    expect(siteCodeDigest(root)).not.toBe(first);
  });

  it('changes with the locked dependencies, the config, tsconfig.json and package.json', () => {
    let previous = siteCodeDigest(root);
    const edits: [string, string][] = [
      ['package-lock.json', '{"lockfileVersion":3,"packages":{"node_modules/astro":{"version":"7.0.1"}}}\n'],
      ['astro.config.mjs', "export default { site: 'https://other.example.com/' };\n"],
      ['tsconfig.json', '{"compilerOptions":{"strict":true}}\n'],
      ['package.json', '{"name":"site"}\n'],
    ];
    for (const [file, text] of edits) {
      write(file, text);
      const next = siteCodeDigest(root);
      expect(next, file).not.toBe(previous);
      previous = next;
    }
  });

  it('does not change when a story, the built site or another file outside the code changes', () => {
    const before = siteCodeDigest(root);
    write('content/explainers/x/index.mdx', '---\ntitle: "X, edited"\n---\n\nOther prose.\n');
    write('content/explainers/y/index.mdx', '---\ntitle: "Y"\n---\n');
    write('content/people/waltz.yaml', 'name: Mike Waltz\n');
    write('dist/index.html', '<!doctype html><title>Rebuilt</title>\n');
    write('dist/explainers/x/offline.html', '<!doctype html>\n');
    write('README.md', '# Site\n');
    expect(siteCodeDigest(root)).toBe(before);
  });
});

#!/usr/bin/env node
// Checks the built site in dist/ (run after `npm run build`). Plain Node ESM, no dependencies.
// Each check adds one pass or one failure; the last line is `output checks: N passed, M failed`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

let passed = 0;
let failed = 0;

function check(ok, message) {
  if (ok) {
    passed += 1;
  } else {
    failed += 1;
    console.error(`FAIL ${message}`);
  }
}

/** All files under dir, as absolute paths. */
function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

function finish() {
  console.log(`output checks: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

const distExists = existsSync(dist) && statSync(dist).isDirectory();
check(distExists, 'dist/ is missing: run `npm run build` first');
if (!distExists) finish();

const files = walk(dist).map((f) => relative(dist, f).split('\\').join('/'));
const fileSet = new Set(files);

check(fileSet.has('index.html'), 'dist/index.html is missing (home page)');
check(fileSet.has('404.html'), 'dist/404.html is missing (not-found page)');

const explainerPages = files.filter((f) => /^explainers\/[^/]+\/index\.html$/.test(f));
check(explainerPages.length > 0, 'no dist/explainers/*/index.html: no explainer page was built');

finish();

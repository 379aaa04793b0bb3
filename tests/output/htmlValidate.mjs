#!/usr/bin/env node
// html-validate over every HTML file in dist/, with the project's .htmlvalidate.json (recommended + a11y
// presets; what is switched off, and why, is in tests/output/README.md). Each problem is
// `FAIL html-validate <file>:<line>:<column> <message> (<rule>)`; each clean file is one pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { dist, htmlFiles, root, runAlone, shown } from './support.mjs';

/**
 * `long-title` keeps titles whole in search results. A page that asks search engines not to index it
 * (share pages, whose title is the full quote a link preview shows) is never listed there.
 */
const NOT_INDEXED = { rules: { 'long-title': 'off' } };

function isNoindex(html) {
  const robots = select('meta[name="robots"]', fromHtml(html))?.properties.content;
  return String(robots ?? '')
    .split(',')
    .some((token) => token.trim().toLowerCase() === 'noindex');
}

export default async function htmlValidate(report) {
  // Looks for .htmlvalidate.json from each file's folder upwards (in dist/, the one at the top of the
  // repo); the project's own is the base, so a copy of the site elsewhere (CHECK_DIST) is held to it too.
  const project = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new FileSystemConfigLoader(project));
  for (const file of htmlFiles()) {
    const path = join(dist, file);
    const html = readFileSync(path, 'utf8');
    const result = isNoindex(html)
      ? await validator.validateString(html, path, NOT_INDEXED)
      : await validator.validateString(html, path);
    const messages = result.results.flatMap((r) => r.messages);
    if (messages.length === 0) report.pass();
    for (const m of messages) {
      report.fail(`html-validate ${shown(file)}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
    }
  }
}

if (import.meta.main) await runAlone(htmlValidate);

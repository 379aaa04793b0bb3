#!/usr/bin/env node
// `npm run test:output`: every check over the built site (run after `npm run build`), into one count.
// Each check prints its failures as `FAIL …` and a line of its own; the last line is
// `output: N passed, M failed`, and the exit code is 1 when anything failed.
// `node tests/output/run.mjs vnu readerMode` runs only the checks named.
import checkBuild from './checkBuild.mjs';
import csp from './csp.mjs';
import htmlValidate from './htmlValidate.mjs';
import readerMode from './readerMode.mjs';
import reproducible from './reproducible.mjs';
import sharePages from './sharePages.mjs';
import structuredData from './structuredData.mjs';
import textBrowsers from './textBrowsers.mjs';
import typography from './typography.mjs';
import { Report, distExists } from './support.mjs';
import vnu from './vnu.mjs';

/** In order; `needsDist: false` runs without a built site, `background` beside the others. */
const CHECKS = [
  { name: 'checkBuild', does: 'pages complete, links and fragments resolve, CSP, budgets', run: checkBuild },
  { name: 'csp', does: "every page's CSP closes what it must; offline copies hash only their own", run: csp },
  { name: 'vnu', does: 'W3C Nu HTML validator', run: vnu, background: true },
  { name: 'htmlValidate', does: 'html-validate, recommended + a11y', run: htmlValidate },
  {
    name: 'readerMode',
    does: 'Readability finds the headline and every paragraph; a person’s name and quotes, no navigation',
    run: readerMode,
  },
  {
    name: 'structuredData',
    does: 'JSON-LD dates as the story gives them, 3 images, PNG logo; person and topic pages',
    run: structuredData,
  },
  { name: 'sharePages', does: 'timeline, events, who’s who, actors shared; titles, noindex', run: sharePages },
  { name: 'textBrowsers', does: 'lynx and w3m show no words run together', run: textBrowsers },
  { name: 'typography', does: 'typographic quotation marks, annotations on the same words', run: typography },
  {
    name: 'reproducible',
    does: 'two clean builds give the same bytes; so do a rebuild after an edit and a clean build of it',
    run: reproducible,
    needsDist: false,
  },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !CHECKS.some((c) => c.name === name));
if (unknown.length > 0) {
  console.error(`Unknown check ${unknown.join(', ')}; the checks are ${CHECKS.map((c) => c.name).join(', ')}.`);
  process.exit(2);
}

const total = new Report();
const hasDist = total.check(distExists(), 'dist/ is missing: run `npm run build` first');
const started = performance.now();

/** Runs one check into a report of its own, then adds it to the total with a line that says how it went. */
async function runCheck(check) {
  const report = new Report();
  const at = performance.now();
  try {
    await check.run(report);
  } catch (error) {
    report.fail(`${check.name}: the check itself broke: ${error?.stack ?? error}`);
  }
  const seconds = ((performance.now() - at) / 1000).toFixed(1);
  console.log(`${check.name} (${check.does}): ${report.passed} passed, ${report.failed} failed, ${seconds} s`);
  total.passed += report.passed;
  total.failed += report.failed;
}

const selected = CHECKS.filter(
  (c) => (wanted.length === 0 || wanted.includes(c.name)) && (hasDist || c.needsDist === false),
);
// The validator runs in Java, beside the others: start it first, collect it last.
const background = selected.filter((c) => c.background).map(runCheck);
for (const check of selected.filter((c) => !c.background)) await runCheck(check);
await Promise.all(background);
console.log(`all checks took ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(total.summary());
process.exitCode = total.failed > 0 ? 1 : 0;

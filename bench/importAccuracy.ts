// `npm run bench:import`
//
// Measures how close `npm run import` comes to an editor: it imports the first story's report (the seed,
// published 2025-03-05) and each report in tests/fixtures/import/, compares each proposal with the
// hand-checked answers (the first story's frontmatter; each fixture's answers.json) and reports
// quotations found, speakers right, actors found, dated events found with the right date, and the time
// an import takes. Writes bench/import-results.json, prints a summary and rewrites the "Import
// accuracy" section of BENCHMARKS.md. Nothing here is asserted; tests/unit/import/importAccuracy.test.ts is.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import * as prettier from 'prettier';
import { parse as parseYaml } from 'yaml';
import { importFromHtml, importFromText, type ImportedDraft } from '../src/lib/import/importArticle.ts';
import { readPeopleFolder } from '../src/check/peopleFolder.ts';
import { withRegisteredActors } from '../src/lib/people/registeredActors.ts';
import {
  answersFromStory,
  ratio,
  scoreArticle,
  totalsOf,
  type Answers,
  type ArticleScore,
  type CountScore,
} from './importScore.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(REPO, 'tests/fixtures/import');
const SEED_TEXT = path.join(REPO, 'tests/fixtures/seed-article.txt');
const FIRST_STORY = path.join(REPO, 'content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx');
const RESULTS = path.join(REPO, 'bench/import-results.json');
const BENCHMARKS = path.join(REPO, 'BENCHMARKS.md');
const RUNS = 5;

export interface Article {
  /** The fixture's folder name, or "seed" for the first story's report. */
  readonly name: string;
  readonly format: 'text' | 'html';
  readonly source: string;
  readonly answers: Answers;
  readonly slug: string;
}

/** The frontmatter of an MDX file, parsed. */
function frontmatterOf(mdx: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/u.exec(mdx);
  if (match === null) throw new Error('the first story has no frontmatter');
  return parseYaml(match[1] ?? '');
}

/** The first story's report, with the story as its answers, then every fixture in folder order. */
export async function loadArticles(): Promise<Article[]> {
  // With its registered people written out (content/people), as the build reads it: names and aliases are answers too.
  const story = withRegisteredActors(
    frontmatterOf(await readFile(FIRST_STORY, 'utf8')),
    readPeopleFolder(path.join(REPO, 'content/people')).people,
  ).data as Parameters<typeof answersFromStory>[0];
  const articles: Article[] = [
    {
      name: 'seed',
      format: 'text',
      source: await readFile(SEED_TEXT, 'utf8'),
      answers: answersFromStory(story),
      slug: 'us-pauses-intelligence-sharing-with-ukraine',
    },
  ];
  for (const name of readdirSync(FIXTURES).sort()) {
    const folder = path.join(FIXTURES, name);
    const html = path.join(folder, 'article.html');
    const format = existsSync(html) ? 'html' : 'text';
    articles.push({
      name,
      format,
      source: await readFile(format === 'html' ? html : path.join(folder, 'article.txt'), 'utf8'),
      answers: JSON.parse(await readFile(path.join(folder, 'answers.json'), 'utf8')) as Answers,
      slug: name,
    });
  }
  return articles;
}

export function importArticle(article: Article): ImportedDraft {
  const options = {
    slug: article.slug,
    published: article.answers.published,
    sourceName: article.answers.source?.name,
    sourceUrl: article.answers.source?.url,
  };
  return article.format === 'html' ? importFromHtml(article.source, options) : importFromText(article.source, options);
}

/** Words of the report itself: the text file, or the page's article paragraphs and crossheads. */
function wordsOf(article: Article): number {
  const count = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (article.format === 'text') return count(article.source);
  const { document } = parseHTML(article.source);
  return [...document.querySelectorAll('article p, article h2')].reduce(
    (total, element) => total + count(element.textContent ?? ''),
    0,
  );
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export interface ArticleResult {
  readonly name: string;
  readonly format: 'text' | 'html';
  readonly published: string;
  readonly source: string | undefined;
  /** Measured before anyone tuned the import on this report (`heldOut` in its answers). */
  readonly heldOut: boolean;
  readonly words: number;
  readonly importMs: { readonly median: number; readonly runs: readonly number[] };
  readonly score: ArticleScore;
}

function measure(article: Article): ArticleResult {
  const runs: number[] = [];
  let draft: ImportedDraft | undefined;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    draft = importArticle(article);
    runs.push(performance.now() - start);
  }
  if (draft === undefined) throw new Error('no import ran');
  return {
    name: article.name,
    format: article.format,
    published: article.answers.published,
    source: article.answers.source?.name,
    heldOut: article.answers.heldOut === true,
    words: wordsOf(article),
    importMs: { median: median(runs), runs: runs.map((ms) => Math.round(ms * 10) / 10) },
    score: scoreArticle(draft.proposal, draft.mdx, article.answers),
  };
}

const percent = (value: number | undefined): string => (value === undefined ? '–' : `${Math.round(value * 100)} %`);
const fraction = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${part}/${whole} (${percent(ratio(part, whole))})`;
const recallOf = (s: CountScore): string => fraction(s.found, s.expected);
const precisionOf = (s: CountScore): string => fraction(s.correct, s.proposed);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function gitVersion(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' });
  if (head.status !== 0) return 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src/lib/import', 'src/lib/dates', 'src/lib/quotes'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return `${head.stdout.trim()}${dirty.stdout.trim() ? ' with uncommitted changes to the import' : ''}`;
}

const quoted = (items: readonly string[]): string => items.map((item) => `“${item}”`).join('; ');

/** What went wrong in one article, one line per kind of error, for the import's authors. */
function errorsOf(result: ArticleResult): string[] {
  const { quotes, unattributed, actors, events } = result.score;
  const lines: string[] = [];
  if (quotes.missed.length > 0) lines.push(`quotations missed: ${quoted(quotes.missed)}`);
  if (quotes.extra.length > 0) lines.push(`proposed quotations that are none of the report's: ${quoted(quotes.extra)}`);
  for (const w of quotes.wrongSpeakers) lines.push(`speaker of “${w.text}”: ${w.proposed}, should be ${w.expected}`);
  if (quotes.quotedByChecked > quotes.quotedByRight)
    lines.push(`relayer (quotedBy) right for ${quotes.quotedByRight} of ${quotes.quotedByChecked} nested quotations`);
  if (unattributed.missed.length > 0) lines.push(`unattributed quotations missed: ${quoted(unattributed.missed)}`);
  if (unattributed.extra.length > 0) lines.push(`proposed as nobody's words: ${quoted(unattributed.extra)}`);
  if (actors.missed.length > 0) lines.push(`actors missed: ${actors.missed.join('; ')}`);
  if (actors.extra.length > 0) lines.push(`actors proposed that the answers do not have: ${actors.extra.join('; ')}`);
  for (const k of actors.wrongKinds) lines.push(`kind of ${k.name}: ${k.proposed}, should be ${k.expected}`);
  if (events.missed.length > 0) lines.push(`dated events missed: ${events.missed.join('; ')}`);
  for (const w of events.wrongDates) lines.push(`date of “${w.phrase}”: ${w.proposed}, should be ${w.expected}`);
  if (events.extra.length > 0) lines.push(`events proposed that are none of the answers': ${events.extra.join('; ')}`);
  if (events.found > events.statusRight)
    lines.push(`status (happened/expected) right for ${events.statusRight} of ${events.found} events found`);
  return lines;
}

/** The reports measured before anyone tuned the import on them: the figures that say how it does on new text. */
const heldOutOf = (results: readonly ArticleResult[]): readonly ArticleResult[] => results.filter((r) => r.heldOut);

/** A table row adding up `results`' counts, or none when there are no results to add up. */
function totalsRow(label: string, results: readonly ArticleResult[]): string[][] {
  if (results.length === 0) return [];
  const totals = totalsOf(results.map((r) => r.score));
  return [
    [
      label,
      String(results.reduce((total, r) => total + r.words, 0)),
      recallOf(totals.quotes),
      precisionOf(totals.quotes),
      fraction(totals.speakersRight, totals.speakersChecked),
      recallOf(totals.actors),
      precisionOf(totals.actors),
      recallOf(totals.events),
      precisionOf(totals.events),
      '',
    ],
  ];
}

function articleLabel(r: ArticleResult): string {
  const label = r.name === 'seed' ? 'seed (the first story)' : `\`${r.name}\` (${r.format})`;
  return r.heldOut ? `${label}, held out` : label;
}

/** The "Import accuracy" section of BENCHMARKS.md for `results`, before Prettier lays out its tables. */
export function renderMarkdown(results: readonly ArticleResult[], when: string, version: string): string {
  const totals = totalsOf(results.map((r) => r.score));
  const heldOut = heldOutOf(results);
  const rows = results.map((r) => [
    articleLabel(r),
    String(r.words),
    recallOf(r.score.quotes),
    precisionOf(r.score.quotes),
    fraction(r.score.quotes.speakersRight, r.score.quotes.speakersChecked),
    recallOf(r.score.actors),
    precisionOf(r.score.actors),
    recallOf(r.score.events),
    precisionOf(r.score.events),
    `${r.importMs.median.toFixed(1)} ms`,
  ]);
  const heldOutLabel = `**held out** (${heldOut.length} ${heldOut.length === 1 ? 'report' : 'reports'})`;
  rows.push(...totalsRow('**all**', results), ...totalsRow(heldOutLabel, heldOut));
  const seed = results.find((r) => r.name === 'seed')?.score;
  const goal = (met: boolean): string => (met ? '**met**' : '**not met**');
  const goals = seed
    ? table(
        ['goal (first story)', 'measured', 'status'],
        [
          ['every quotation found', recallOf(seed.quotes), goal(seed.quotes.found === seed.quotes.expected)],
          [
            '≥ 95 % of speakers right',
            fraction(seed.quotes.speakersRight, seed.quotes.expected),
            goal(seed.quotes.expected > 0 && seed.quotes.speakersRight / seed.quotes.expected >= 0.95),
          ],
          [
            'every dated event found with the right date',
            recallOf(seed.events),
            goal(seed.events.found === seed.events.expected),
          ],
        ],
      )
    : '';
  const errors = results
    .map((r) => {
      const lines = errorsOf(r);
      return `- **${r.name}**${r.heldOut ? ' (held out)' : ''}: ${lines.length === 0 ? 'nothing wrong.' : ''}\n${lines.map((l) => `  - ${l}`).join('\n')}`;
    })
    .join('\n');
  const unattributedRow = `Unattributed quotations (scare quotes, terms): found ${recallOf(totals.unattributed)}, proposed ${precisionOf(totals.unattributed)} right.`;
  return [
    `Run ${when} at commit ${version}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}.`,
    '',
    'Each report is imported as `npm run import` would (text or web page, with its publication day) and the',
    'proposal is compared with hand-checked answers: for the seed, the first story',
    '(`content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx`); for the others,',
    '`tests/fixtures/import/<name>/answers.json` (sources in each `SOURCE.md`). Recall: answers found / answers',
    '(entries marked optional, such as a place named once or a date inside a quotation, neither count nor',
    'count against). Precision: proposals that match an answer / proposals. Quotations match when their words',
    'do as the checker compares them; a speaker is right when the proposed actor shares a name or alias with',
    "the answer's; actors match one to one by name or alias; a dated event matches when its date phrase stands",
    `at the same place in the prose and its date is the answer's. Import time: median of ${RUNS} runs in one process.`,
    '',
    'Rows marked "held out" are reports whose answers were written, and first measured, before anyone tuned the',
    'import on them (`"heldOut": true` in their answers; each SOURCE.md gives the commit): they say how the import',
    'does on text it was not shaped for. The **held out** row adds up those reports alone; **all** adds up every one.',
    '',
    table(
      [
        'article',
        'words',
        'quotations found',
        'quotation precision',
        'speakers right (of found)',
        'actors found',
        'actor precision',
        'dated events, right date',
        'event precision',
        'import time',
      ],
      rows,
    ),
    '',
    unattributedRow,
    '',
    goals,
    '',
    'What went wrong, per article:',
    '',
    errors,
    '',
    'Rerun with `npm run bench:import`; results land in `bench/import-results.json` and this section is rewritten.',
  ].join('\n');
}

const START =
  '<!-- import-accuracy:start (written by `npm run bench:import`; edits between these markers are replaced) -->';
const END = '<!-- import-accuracy:end -->';

/** BENCHMARKS.md with its "Import accuracy" section replaced (or added at the end), the rest untouched. */
export function withImportSection(benchmarks: string, body: string): string {
  const start = benchmarks.indexOf(START);
  const end = benchmarks.indexOf(END);
  if (start >= 0 && end > start)
    return `${benchmarks.slice(0, start + START.length)}\n\n${body}\n\n${benchmarks.slice(end)}`;
  return `${benchmarks.trimEnd()}\n\n## Import accuracy\n\n${START}\n\n${body}\n\n${END}\n`;
}

/** `text` as the project's Prettier settings format `file`, so `npm run lint` stays clean after a run. */
async function formatted(file: string, text: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

async function main(): Promise<void> {
  const articles = await loadArticles();
  const results = articles.map(measure);
  const when = new Date().toISOString();
  const version = gitVersion();
  const totals = totalsOf(results.map((r) => r.score));
  const heldOut = heldOutOf(results);
  const json = JSON.stringify({
    run: when,
    commit: version,
    node: process.version,
    runsPerImport: RUNS,
    totals,
    heldOut: { articles: heldOut.map((r) => r.name), totals: totalsOf(heldOut.map((r) => r.score)) },
    articles: results,
  });
  await writeFile(RESULTS, await formatted(RESULTS, json));
  const markdown = renderMarkdown(results, when, version);
  await writeFile(
    BENCHMARKS,
    await formatted(BENCHMARKS, withImportSection(await readFile(BENCHMARKS, 'utf8'), markdown)),
  );
  console.log(markdown);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

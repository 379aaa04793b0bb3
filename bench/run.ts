// `npm run bench [-- --n 1,100] [--with-1000] [--runs 3] [--skip-lighthouse] [--keep]`
//
// Measures page weight, build scaling against a plain Astro + MDX baseline, incremental rebuilds at every
// N (nothing changed, a dek, a quote, a story added and taken out) and Lighthouse scores; writes
// bench/results.json, prints the tables and rewrites the generated part of BENCHMARKS.md. Timings are
// medians of `--runs` builds; nothing here is asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lighthouse, type LighthouseResult } from './lighthouse.ts';
import { astroBuild, buildPhases, median, percentile, type BuildPhases, type BuildRun } from './measure.ts';
import {
  formatted,
  REBUILD_LABELS,
  renderMarkdown,
  updateBenchmarksFile,
  type BuildSummary,
  type IncrementalRow,
  type Rebuild,
  type Results,
  type ScalingRow,
} from './report.ts';
import {
  baselineSite,
  clearBuildCaches,
  copyRealSite,
  FIRST_SLUG,
  FIRST_STORY,
  proseOf,
  REPO,
  syntheticSite,
  syntheticSlug,
  syntheticStory,
  withDek,
  withQuoteEdit,
} from './sites.ts';
import { gzipBytes, pageWeight } from './weight.ts';

const { values: flags } = parseArgs({
  options: {
    n: { type: 'string', default: '1,100' },
    'with-1000': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    'baseline-n': { type: 'string' },
    'skip-lighthouse': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const ns = [...new Set([...flags.n.split(','), ...(flags['with-1000'] ? ['1000'] : [])].map(Number))]
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const runs = Math.max(1, Number(flags.runs) || 1);
// The baseline costs a few ms a page, too little to see over N = 1..100 through the noise of a shared
// machine, so it is also built at a larger N (10x the largest N, at most 1000) for its per-page slope.
const largestN = ns[ns.length - 1] ?? 1;
const baselineWideN = Math.max(largestN, Number(flags['baseline-n']) || Math.min(1000, largestN * 10));
if (ns.length === 0) throw new Error('--n needs at least one positive whole number, e.g. --n 1,100');

const log = (line: string): void => console.error(`[bench] ${line}`);

/** The commit measured, and whether the site's code or stories differ from it. */
function gitVersion(): string | undefined {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' });
  if (head.status !== 0) return undefined;
  const dirty = spawnSync(
    'git',
    ['status', '--porcelain', '--', 'src', 'content', 'public', 'astro.config.mjs', 'package.json'],
    { cwd: REPO, encoding: 'utf8' },
  );
  return `${head.stdout.trim()}${dirty.stdout.trim() ? ' with uncommitted changes' : ''}`;
}
const scratch = await mkdtemp(path.join(os.tmpdir(), 'news-explainer-bench-'));
const startedAt = new Date();
const version = gitVersion();
const loadBefore = os.loadavg();

let logNumber = 0;

/** The build, if it succeeded (else its log's end and a stop); with --keep its log is saved too. */
async function mustSucceed(run: BuildRun, what: string): Promise<BuildRun> {
  if (flags.keep) {
    await mkdir(path.join(scratch, 'logs'), { recursive: true });
    const name = `${String(++logNumber).padStart(2, '0')}-${what.replace(/[^a-z0-9]+/gi, '-')}.log`;
    await writeFile(path.join(scratch, 'logs', name), run.log);
  }
  if (!run.ok) {
    console.error(run.log.split('\n').slice(-40).join('\n'));
    throw new Error(`${what}: the build failed (log above)`);
  }
  return run;
}

const renderSamples: number[] = [];

/**
 * The incremental rebuilds of a site of `n` synthetic stories whose last build left every cache warm
 * (`previews` holding every preview image), `runs` times in a row: with nothing changed, after one
 * story's dek changed, after one quote's words changed (in the frontmatter and the prose alike), after a
 * new story was added, and after it was taken out again, so each run starts from the same N stories.
 */
async function rebuilds(dir: string, previews: string, n: number, source: string): Promise<IncrementalRow> {
  const built: Record<Rebuild, BuildRun[]> = { unchanged: [], dek: [], quote: [], added: [], removed: [] };
  const stories = path.join(dir, 'content/explainers');
  const story = path.join(stories, syntheticSlug(1), 'index.mdx');
  const rebuild = async (kind: Rebuild, r: number): Promise<void> => {
    log(`N = ${n}, run ${r}/${runs}: incremental rebuild, ${REBUILD_LABELS[kind]}`);
    built[kind].push(
      await mustSucceed(await astroBuild(dir, { PREVIEW_CACHE_DIR: previews }), `N = ${n} rebuild ${kind}`),
    );
  };
  for (let r = 1; r <= runs; r++) {
    await rebuild('unchanged', r);
    await writeFile(
      story,
      withDek(await readFile(story, 'utf8'), (dek) => `${dek.replace(/ \(edit \d+\)$/, '')} (edit ${r})`),
    );
    await rebuild('dek', r);
    await writeFile(story, withQuoteEdit(await readFile(story, 'utf8'), r));
    await rebuild('quote', r);
    // A number no story of this N has, and a new one each run, so its images are drawn each time.
    const added = path.join(stories, syntheticSlug(n + r));
    await mkdir(added);
    await writeFile(path.join(added, 'index.mdx'), syntheticStory(source, n + r));
    await rebuild('added', r);
    await rm(added, { recursive: true, force: true });
    await rebuild('removed', r);
  }
  return {
    n,
    unchanged: summarise(built.unchanged),
    dek: summarise(built.dek),
    quote: summarise(built.quote),
    added: summarise(built.added),
    removed: summarise(built.removed),
    phases: {
      unchanged: medianPhases(built.unchanged),
      dek: medianPhases(built.dek),
      quote: medianPhases(built.quote),
      added: medianPhases(built.added),
      removed: medianPhases(built.removed),
    },
  };
}

try {
  // 1. Page weight, from a fresh build of the real site (in a copy, so the checkout's dist/ is untouched).
  log('building the real site for page weight');
  const realDir = path.join(scratch, 'real');
  await mkdir(realDir);
  await copyRealSite(realDir);
  const realBuild = await mustSucceed(
    await astroBuild(realDir, { PREVIEW_CACHE_DIR: path.join(scratch, 'real-previews') }),
    'real site',
  );
  renderSamples.push(...realBuild.renderMs);
  const dist = path.join(realDir, 'dist');
  const shareDir = path.join(dist, 'explainers', FIRST_SLUG, 'share');
  const shareIds = existsSync(shareDir) ? readdirSync(shareDir).sort() : [];
  const source = await readFile(FIRST_STORY, 'utf8');
  const firstSection = /sections:\s*\n\s*- id: ([a-z0-9-]+)/.exec(source)?.[1];
  const shareId = firstSection && shareIds.includes(firstSection) ? firstSection : shareIds[0];
  const pages = [
    { page: 'explainer', file: `explainers/${FIRST_SLUG}/index.html` },
    { page: 'index', file: 'index.html' },
    ...(shareId
      ? [{ page: `share page (${shareId})`, file: `explainers/${FIRST_SLUG}/share/${shareId}/index.html` }]
      : []),
    { page: 'offline export', file: `explainers/${FIRST_SLUG}/offline.html` },
  ];
  const weights = pages.filter((p) => existsSync(path.join(dist, p.file))).map((p) => pageWeight(dist, p.file, p.page));
  const prose = proseOf(source);
  const floor = {
    proseGzip: gzipBytes(prose),
    proseRaw: Buffer.byteLength(prose),
    sourceGzip: gzipBytes(source),
    sourceRaw: Buffer.byteLength(source),
  };

  // 2. Lighthouse on the explainer and the index page of that build.
  let lighthouseResult: LighthouseResult = { ran: false, note: 'skipped (--skip-lighthouse)', pages: [] };
  if (!flags['skip-lighthouse']) {
    log('Lighthouse (mobile) on the explainer and the index');
    lighthouseResult = await lighthouse(
      realDir,
      [
        { page: 'explainer', path: `/explainers/${FIRST_SLUG}/` },
        { page: 'index', path: '/' },
      ],
      runs,
    );
    if (!lighthouseResult.ran) log(`Lighthouse: ${lighthouseResult.note ?? 'did not run'}`);
  }
  if (!flags.keep) await rm(realDir, { recursive: true, force: true });

  // 3. Build scaling: N synthetic explainers, cold, with images and without (warm image cache), and
  //    the plain Astro baseline with the same prose, interleaved run by run so load affects all alike.
  //    Then the incremental rebuilds of that site, which its last cold build left with every cache warm.
  const scaling: ScalingRow[] = [];
  const incremental: IncrementalRow[] = [];
  for (const n of ns) {
    log(`N = ${n}: generating ${n} synthetic explainers and the baseline`);
    const dir = path.join(scratch, `site-${n}`);
    const baseDir = path.join(scratch, `baseline-${n}`);
    const unifiedDir = path.join(scratch, `baseline-unified-${n}`);
    await mkdir(dir);
    await mkdir(baseDir);
    await mkdir(unifiedDir);
    await syntheticSite(dir, n);
    await baselineSite(baseDir, n);
    await baselineSite(unifiedDir, n, 'unified');
    const check = spawnSync(process.execPath, ['src/cli/checkStories.ts', path.join(dir, 'content/explainers')], {
      cwd: REPO,
      encoding: 'utf8',
    });
    if (check.status !== 0) {
      console.error(check.stdout, check.stderr);
      throw new Error(`N = ${n}: the synthetic stories do not pass npm run check`);
    }
    const withImages: BuildRun[] = [];
    const withoutImages: BuildRun[] = [];
    const baseline: BuildRun[] = [];
    const baselineUnified: BuildRun[] = [];
    let previews = '';
    for (let r = 1; r <= runs; r++) {
      previews = path.join(scratch, `previews-${n}-${r}`);
      await clearBuildCaches(dir);
      log(`N = ${n}, run ${r}/${runs}: cold build with images`);
      withImages.push(
        await mustSucceed(await astroBuild(dir, { PREVIEW_CACHE_DIR: previews }), `N = ${n} with images`),
      );
      await clearBuildCaches(dir);
      log(`N = ${n}, run ${r}/${runs}: cold build without images (warm image cache)`);
      withoutImages.push(
        await mustSucceed(await astroBuild(dir, { PREVIEW_CACHE_DIR: previews }), `N = ${n} without images`),
      );
      await clearBuildCaches(baseDir);
      log(`N = ${n}, run ${r}/${runs}: cold build of the plain Astro baseline`);
      baseline.push(await mustSucceed(await astroBuild(baseDir), `N = ${n} baseline`));
      await clearBuildCaches(unifiedDir);
      log(`N = ${n}, run ${r}/${runs}: cold build of the baseline with the unified Markdown engine`);
      baselineUnified.push(await mustSucceed(await astroBuild(unifiedDir), `N = ${n} baseline (unified)`));
      // The last run's image cache holds every image: the incremental rebuilds below use it.
      if (r < runs) await rm(previews, { recursive: true, force: true });
    }
    for (const run of withImages) renderSamples.push(...run.renderMs);
    scaling.push({
      n,
      withImages: summarise(withImages),
      withoutImages: summarise(withoutImages),
      baseline: summarise(baseline),
      baselineUnified: summarise(baselineUnified),
      phases: medianPhases(withoutImages),
      baselinePhases: medianPhases(baseline),
    });
    if (!flags.keep) await rm(baseDir, { recursive: true, force: true });
    if (!flags.keep) await rm(unifiedDir, { recursive: true, force: true });

    incremental.push(await rebuilds(dir, previews, n, source));
    if (!flags.keep) {
      await rm(dir, { recursive: true, force: true });
      await rm(previews, { recursive: true, force: true });
    }
  }

  // 5. The baseline alone at a larger N, for a per-page cost that stands out of the noise.
  let baselineWide: { n: number; baseline: BuildSummary } | undefined;
  if (baselineWideN > largestN) {
    const baseDir = path.join(scratch, `baseline-${baselineWideN}`);
    await mkdir(baseDir);
    await baselineSite(baseDir, baselineWideN);
    const list: BuildRun[] = [];
    for (let r = 1; r <= runs; r++) {
      await clearBuildCaches(baseDir);
      log(`baseline N = ${baselineWideN}, run ${r}/${runs}: cold build`);
      list.push(await mustSucceed(await astroBuild(baseDir), `N = ${baselineWideN} baseline`));
    }
    baselineWide = { n: baselineWideN, baseline: summarise(list) };
    if (!flags.keep) await rm(baseDir, { recursive: true, force: true });
  }

  const results: Results = {
    date: startedAt.toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    ...(version ? { commit: version } : {}),
    machine: {
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
      cpuCount: os.cpus().length,
      memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      node: process.version,
      os: `${os.type()} ${os.release()} (${os.arch()})`,
      loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
      loadAverageAfter: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    options: { ns, runs, lighthouse: !flags['skip-lighthouse'] },
    weight: { pages: weights, floor, story: path.relative(REPO, FIRST_STORY) },
    scaling,
    ...(baselineWide ? { baselineWide } : {}),
    previewRenderMs: {
      samples: renderSamples.length,
      median: median(renderSamples),
      p90: percentile(renderSamples, 90),
      max: renderSamples.length ? Math.max(...renderSamples) : Number.NaN,
    },
    incremental,
    lighthouse: lighthouseResult,
  };
  const resultsFile = path.join(REPO, 'bench/results.json');
  await writeFile(resultsFile, await formatted(resultsFile, JSON.stringify(results)));
  const markdown = renderMarkdown(results);
  console.log(await formatted(path.join(REPO, 'BENCHMARKS.md'), markdown));
  await updateBenchmarksFile(path.join(REPO, 'BENCHMARKS.md'), markdown);
  log('wrote bench/results.json and BENCHMARKS.md');
} finally {
  if (flags.keep) log(`kept the temporary sites in ${scratch}`);
  else await rm(scratch, { recursive: true, force: true });
}

/** Each phase's median over the runs (see buildPhases). */
function medianPhases(list: readonly BuildRun[]): BuildPhases {
  const phases = list.map((run) => buildPhases(run.log));
  const keys = ['buildMs', 'infoMs', 'checkMs', 'bundleMs', 'pagesMs', 'afterMs', 'offlineMs'] as const;
  return Object.fromEntries(keys.map((key) => [key, median(phases.map((p) => p[key]))])) as unknown as BuildPhases;
}

function summarise(list: readonly BuildRun[]): BuildSummary {
  const peaks = list.map((r) => r.peakMB).filter((m): m is number => m !== undefined);
  return {
    runs: list.length,
    seconds: median(list.map((r) => r.seconds)),
    allSeconds: list.map((r) => Math.round(r.seconds * 1000) / 1000),
    peakMB: peaks.length ? median(peaks) : undefined,
    memorySource: list[0]?.memorySource ?? 'none',
    imagesRendered: median(list.map((r) => r.imagesRendered)),
    imagesCached: median(list.map((r) => r.imagesCached)),
    pagesRendered: median(list.map((r) => r.pagesRendered)),
    pagesReused: median(list.map((r) => r.pagesReused)),
  };
}

// The benchmark's tables (Markdown, printed and kept in BENCHMARKS.md) and its goals, from results.json.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import type { BuildPhases } from './measure.ts';
import type { PageWeight } from './weight.ts';

export interface BuildSummary {
  readonly runs: number;
  readonly seconds: number;
  readonly allSeconds: number[];
  readonly peakMB: number | undefined;
  readonly memorySource: string;
  readonly imagesRendered: number;
  readonly imagesCached: number;
  /** Pages Astro rendered, and pages its incremental build re-used from the last build (medians). */
  readonly pagesRendered: number;
  readonly pagesReused: number;
}

/** The incremental rebuilds, in the order each run makes them. */
export const REBUILDS = ['unchanged', 'dek', 'quote', 'added', 'removed'] as const;
export type Rebuild = (typeof REBUILDS)[number];
export const REBUILD_LABELS: Record<Rebuild, string> = {
  unchanged: 'nothing changed',
  dek: 'one dek changed',
  quote: "one quote's words changed",
  added: 'one story added',
  removed: 'that story taken out',
};

/** Rebuilds of N synthetic explainers right after their cold builds (every cache warm). */
export interface IncrementalRow extends Record<Rebuild, BuildSummary> {
  readonly n: number;
  /** Where each rebuild's time went (medians, from the build logs). */
  readonly phases: Record<Rebuild, BuildPhases>;
}

export interface ScalingRow {
  readonly n: number;
  readonly withImages: BuildSummary;
  readonly withoutImages: BuildSummary;
  readonly baseline: BuildSummary;
  /** The baseline built with the unified Markdown engine the story plugins need (absent in older results). */
  readonly baselineUnified?: BuildSummary;
  /** Where the time of the builds without images went (medians, from the build logs). */
  readonly phases: BuildPhases;
  readonly baselinePhases: BuildPhases;
}

export interface Results {
  readonly date: string;
  readonly command: string;
  readonly commit?: string;
  readonly machine: {
    readonly cpus: string;
    readonly cpuCount: number;
    readonly memoryGB: number;
    readonly node: string;
    readonly os: string;
    readonly loadAverageBefore: number[];
    readonly loadAverageAfter: number[];
  };
  readonly options: { readonly ns: number[]; readonly runs: number; readonly lighthouse: boolean };
  readonly weight: {
    readonly pages: PageWeight[];
    readonly floor: { proseGzip: number; proseRaw: number; sourceGzip: number; sourceRaw: number };
    readonly story: string;
  };
  readonly scaling: ScalingRow[];
  /** The baseline alone at a larger N than `scaling`, for its per-page slope. */
  readonly baselineWide?: { readonly n: number; readonly baseline: BuildSummary };
  readonly previewRenderMs: { samples: number; median: number; p90: number; max: number };
  readonly incremental: IncrementalRow[];
  readonly lighthouse: LighthouseResult;
}

// Budgets held by tests (bytes and counts): the bench shows the numbers beside them, it asserts nothing.
export const BUDGETS = {
  explainerFirstVisitGzip: 15 * 1024,
  javascriptGzip: 2 * 1024,
  stylesheets: 1,
  offlineBytes: 64 * 1024,
} as const;

// Goals of the performance issue.
export const GOALS = {
  /** A rebuild after one story changed (a dek, a quote, a story added) at N = 1000, in seconds. */
  oneStoryRebuildSeconds: 10,
  /** Our marginal cold cost per explainer without images over the unified-engine baseline's per page. */
  unifiedRatio: 3,
  /** Peak memory of the cold build of 1000 explainers with images, in MB. */
  thousandPeakMB: 2048,
  /** The median time to draw one preview image, in ms. */
  previewMs: 20,
} as const;

/** The rebuilds after one story changed, whose slowest the rebuild goal holds. */
const ONE_STORY: readonly Rebuild[] = ['dek', 'quote', 'added'];

/** Preview images drawn per second of a cold build: the images over what they add to it. */
export function imagesPerSecond(row: ScalingRow): number | undefined {
  const extra = row.withImages.seconds - row.withoutImages.seconds;
  return row.withImages.imagesRendered > 0 && extra > 0 ? row.withImages.imagesRendered / extra : undefined;
}

const kb = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
const s = (seconds: number): string => (Number.isFinite(seconds) ? `${seconds.toFixed(2)} s` : '–');
const ms = (value: number | undefined): string =>
  value !== undefined && Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–';
const duration = (milliseconds: number): string =>
  milliseconds >= 1000 ? `${(milliseconds / 1000).toFixed(2)} s` : `${Math.round(milliseconds)} ms`;
const mb = (value: number | undefined): string => (value === undefined ? '–' : `${Math.round(value)} MB`);
const perSecond = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(1));
const pair = (raw: number, gzip: number): string => `${kb(raw)} / ${kb(gzip)}`;
const status = (ok: boolean | undefined): string =>
  ok === undefined ? 'not measured' : ok ? '**met**' : '**not met**';

export interface Marginal {
  readonly from: number;
  readonly to: number;
  readonly withImagesMs: number;
  readonly withoutImagesMs: number;
  readonly baselineMs: number;
  readonly ratio: number;
  readonly unifiedMs?: number;
}

/** (t(N2) - t(N1)) / (N2 - N1) for each pair of consecutive N, and for the smallest and largest N. */
export function marginals(rows: readonly ScalingRow[]): Marginal[] {
  const of = (a: ScalingRow, b: ScalingRow): Marginal => {
    const per = (key: 'withImages' | 'withoutImages' | 'baseline'): number =>
      ((b[key].seconds - a[key].seconds) / (b.n - a.n)) * 1000;
    return {
      from: a.n,
      to: b.n,
      withImagesMs: per('withImages'),
      withoutImagesMs: per('withoutImages'),
      baselineMs: per('baseline'),
      ratio: per('withoutImages') / per('baseline'),
      ...(a.baselineUnified && b.baselineUnified
        ? { unifiedMs: ((b.baselineUnified.seconds - a.baselineUnified.seconds) / (b.n - a.n)) * 1000 }
        : {}),
    };
  };
  const out: Marginal[] = [];
  for (let i = 1; i < rows.length; i++) out.push(of(rows[i - 1] as ScalingRow, rows[i] as ScalingRow));
  if (rows.length > 2) out.push(of(rows[0] as ScalingRow, rows[rows.length - 1] as ScalingRow));
  return out;
}

/**
 * The baseline's cost per page over the widest range measured (smallest N to `baselineWide`, else to
 * the largest N), and the ratio of our marginal cost without images (smallest to largest N) to it.
 */
export function baselineComparison(
  r: Results,
): { oursMs: number; baselineMs: number; from: number; to: number; ratio: number | undefined } | undefined {
  const first = r.scaling[0];
  const last = r.scaling[r.scaling.length - 1];
  if (!first || !last || last.n === first.n) return undefined;
  const oursMs = ((last.withoutImages.seconds - first.withoutImages.seconds) / (last.n - first.n)) * 1000;
  const wide = r.baselineWide;
  const to = wide ? wide.n : last.n;
  const toSeconds = wide ? wide.baseline.seconds : last.baseline.seconds;
  const baselineMs = ((toSeconds - first.baseline.seconds) / (to - first.n)) * 1000;
  return { oursMs, baselineMs, from: first.n, to, ratio: baselineMs > 0 ? oursMs / baselineMs : undefined };
}

interface Goal {
  readonly goal: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | undefined;
}

/** The slowest rebuild after one story changed, of one row. */
function slowestOneStory(row: IncrementalRow): { kind: Rebuild; seconds: number } {
  return ONE_STORY.map((kind) => ({ kind, seconds: row[kind].seconds })).reduce((a, b) =>
    b.seconds > a.seconds ? b : a,
  );
}

/**
 * Our marginal cost without images and the unified-engine baseline's per page, over the widest pair of N
 * that has that baseline (both from the same run).
 */
export function unifiedComparison(
  rows: readonly ScalingRow[],
): { from: number; to: number; oursMs: number; unifiedMs: number; ratio: number | undefined } | undefined {
  const withUnified = rows.filter((row) => row.baselineUnified !== undefined);
  const first = withUnified[0];
  const last = withUnified[withUnified.length - 1];
  if (!first?.baselineUnified || !last?.baselineUnified || first.n === last.n) return undefined;
  const per = (a: number, b: number): number => ((b - a) / (last.n - first.n)) * 1000;
  const oursMs = per(first.withoutImages.seconds, last.withoutImages.seconds);
  const unifiedMs = per(first.baselineUnified.seconds, last.baselineUnified.seconds);
  return { from: first.n, to: last.n, oursMs, unifiedMs, ratio: unifiedMs > 0 ? oursMs / unifiedMs : undefined };
}

export function goals(results: Results): Goal[] {
  const out: Goal[] = [];
  const incremental = results.incremental.find((row) => row.n === 1000);
  const largestIncremental = results.incremental[results.incremental.length - 1];
  const slowest = incremental ? slowestOneStory(incremental) : undefined;
  const atLargest = largestIncremental ? slowestOneStory(largestIncremental) : undefined;
  out.push({
    goal: 'Rebuild after one story changed (slowest of a dek, a quote, a story added), N = 1000',
    target: `<= ${GOALS.oneStoryRebuildSeconds} s`,
    measured: slowest
      ? `${s(slowest.seconds)} (${REBUILD_LABELS[slowest.kind]})`
      : `N = 1000 not run (\`--with-1000\`)${largestIncremental && atLargest ? `; at N = ${largestIncremental.n}: ${s(atLargest.seconds)} (${REBUILD_LABELS[atLargest.kind]})` : ''}`,
    met: slowest ? slowest.seconds <= GOALS.oneStoryRebuildSeconds : undefined,
  });
  const unified = unifiedComparison(results.scaling);
  out.push({
    goal: 'Marginal cold cost per explainer (without images) vs the unified-engine baseline per page',
    target: `<= ${GOALS.unifiedRatio}x`,
    measured: !unified
      ? 'needs two values of N'
      : unified.ratio === undefined
        ? `baseline per page not above noise (${ms(unified.unifiedMs)}); ours ${ms(unified.oursMs)}`
        : `${unified.ratio.toFixed(1)}x (ours ${ms(unified.oursMs)}, baseline ${ms(unified.unifiedMs)}; N ${unified.from}→${unified.to})`,
    met: unified?.ratio === undefined ? undefined : unified.ratio <= GOALS.unifiedRatio,
  });
  const thousand = results.scaling.find((row) => row.n === 1000);
  const peak = thousand?.withImages.peakMB;
  out.push({
    goal: 'Peak memory, cold build of 1000 explainers with images',
    target: `<= ${GOALS.thousandPeakMB / 1024} GB`,
    measured: !thousand
      ? 'N = 1000 not run (`--with-1000`)'
      : peak === undefined
        ? 'no memory reading on this machine'
        : mb(peak),
    met: peak === undefined ? undefined : peak <= GOALS.thousandPeakMB,
  });
  const p = results.previewRenderMs;
  out.push({
    goal: 'A preview image, drawn (median of the build logs)',
    target: `<= ${GOALS.previewMs} ms`,
    measured: p.samples
      ? `median ${ms(p.median)}, p90 ${ms(p.p90)}, max ${ms(p.max)} (${p.samples} images)`
      : 'none drawn',
    met: p.samples ? p.median <= GOALS.previewMs : undefined,
  });
  return out;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "4.10 s (7 / 134, 15 images)": a rebuild's time, pages rendered / re-used and images drawn. */
function rebuildCell(b: BuildSummary): string {
  return `${s(b.seconds)} (${b.pagesRendered} / ${b.pagesReused}, ${b.imagesRendered} image${b.imagesRendered === 1 ? '' : 's'})`;
}

function incrementalSection(rows: readonly IncrementalRow[]): string[] {
  const out = ['### Incremental rebuild', ''];
  if (rows.length === 0) return [...out, 'Not measured.', ''];
  out.push(
    "Right after each N's cold builds (so every cache is warm and `dist/` kept, the image cache holds every image), " +
      "each run rebuilds five times in a row: with nothing changed; after one story's `dek` changed; after one word of " +
      'one of its quotes changed in the frontmatter and the prose alike; after a new story was added; after it was taken out ' +
      'again (so the next run starts from N stories). Each cell: seconds (pages Astro rendered / pages it re-used, ' +
      'from its `(cached)` and `(restored)` lines; preview images drawn). The pages without a cache key ' +
      '(the index, the people and topic indexes, search, RSS, robots.txt, 404) are rendered every time.',
    '',
    table(
      ['N', ...REBUILDS.map((kind) => REBUILD_LABELS[kind])],
      rows.map((row) => [String(row.n), ...REBUILDS.map((kind) => rebuildCell(row[kind]))]),
    ),
    '',
  );
  const largest = rows.find((row) => row.n === 1000) ?? rows[rows.length - 1];
  if (largest) {
    const outside = (kind: Rebuild): number => largest[kind].seconds * 1000 - largest.phases[kind].buildMs;
    const row = (phase: string, value: (kind: Rebuild) => number): string[] => [
      phase,
      ...REBUILDS.map((kind) => duration(value(kind))),
    ];
    out.push(
      `Where the rebuilds' time goes at N=${largest.n} (medians, from the build logs, as in the cold builds' table above):`,
      '',
      table(
        ['phase', ...REBUILDS.map((kind) => REBUILD_LABELS[kind])],
        [
          row('start-up and config', outside),
          row('collecting build info: story check, content sync, types', (k) => largest.phases[k].infoMs),
          row('… of which the story check', (k) => largest.phases[k].checkMs),
          row('bundling (Vite)', (k) => largest.phases[k].bundleMs),
          row('generating pages', (k) => largest.phases[k].pagesMs),
          row(
            'after the pages: preview images, sitemap, search index, offline copies',
            (k) => largest.phases[k].afterMs,
          ),
          row('… of which the offline copies', (k) => largest.phases[k].offlineMs),
          ['peak memory', ...REBUILDS.map((kind) => mb(largest[kind].peakMB))],
        ],
      ),
      '',
    );
  }
  return out;
}

export function renderMarkdown(r: Results): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(
    `Run ${r.date} with \`${r.command}\`${r.commit ? ` at commit ${r.commit}` : ''} (${r.options.runs} run${r.options.runs === 1 ? '' : 's'} per timing; medians).`,
    '',
    `Machine: ${m.cpus}, ${m.memoryGB} GB memory, Node ${m.node}, ${m.os}. ` +
      `Load average (1/5/15 min) ${m.loadAverageBefore.join(' / ')} before, ${m.loadAverageAfter.join(' / ')} after: ` +
      `with ${m.cpuCount} cores, a load above ${m.cpuCount} means other work shared the machine and timings are high.`,
    '',
    '### Page weight',
    '',
    `The first story, from a fresh build of the site. Raw / gzip -9. Requests: what a first render fetches besides the HTML ` +
      '(stylesheets / scripts / images incl. the icon / fonts); render-blocking: stylesheets and classic scripts in `<head>`.',
    '',
    table(
      [
        'page',
        'HTML',
        'CSS',
        'JS',
        'images',
        'requests (css/js/img/font)',
        'render-blocking',
        'first visit gzip',
        'all-in gzip',
      ],
      r.weight.pages.map((p) => [
        p.page,
        pair(p.html.raw, p.html.gzip),
        `${pair(p.css.raw, p.css.gzip)}${p.css.inline ? ' (inline)' : ''}`,
        `${pair(p.js.raw, p.js.gzip)}${p.js.inline && !p.js.external ? ' (inline)' : ''}`,
        `${pair(p.images.raw, p.images.gzip)}${p.images.inlineDataUris ? ` + ${kb(p.images.inlineDataUris)} data: in HTML` : ''}`,
        `${p.requests.total} (${p.requests.stylesheets}/${p.requests.scripts}/${p.requests.images}/${p.requests.fonts})`,
        String(p.requests.renderBlocking),
        kb(p.firstVisitGzip),
        kb(p.allInGzip),
      ]),
    ),
    '',
  );
  const explainer = r.weight.pages.find((p) => p.page === 'explainer');
  const f = r.weight.floor;
  if (explainer) {
    out.push(
      `Floor: the story's prose is ${kb(f.proseRaw)} raw, **${kb(f.proseGzip)} gzip**; the whole source file with its frontmatter ` +
        `${kb(f.sourceRaw)} / ${kb(f.sourceGzip)}. The explainer's first visit (${kb(explainer.firstVisitGzip)} gzip) is ` +
        `**${(explainer.firstVisitGzip / f.proseGzip).toFixed(1)}×** the prose and ${(explainer.firstVisitGzip / f.sourceGzip).toFixed(1)}× the whole source.`,
      '',
    );
  }

  const hasUnified = r.scaling.some((row) => row.baselineUnified !== undefined);
  out.push(
    '### Build scaling',
    '',
    'Cold `astro build` of N synthetic explainers made from the first story (distinct slugs, ids and wording) in a temporary ' +
      'copy: **with images** draws every preview image (empty `PREVIEW_CACHE_DIR`), **without images** takes them all from a ' +
      'warm image cache; every other cache is emptied before each build. The **baseline** is a plain Astro 7 + `@astrojs/mdx` ' +
      'project with one `src/pages/<slug>.mdx` per story, the same prose, no annotations and a trivial layout' +
      (hasUnified
        ? "; the **unified engine** baseline is the same project built with the unified Markdown processor the story plugins need (Astro 7's default engine, Sätteri, runs no remark or rehype plugins), so the difference is the engine's own cost"
        : '') +
      ". Peak memory: largest process's maximum resident set size. Images per second: the images drawn over what " +
      'they add to the build (with images − without images), all worker threads together.',
    '',
    table(
      [
        'N',
        'ours, with images',
        'images drawn',
        'images per second',
        'ours, without images',
        'plain Astro baseline',
        ...(hasUnified ? ['baseline, unified engine'] : []),
      ],
      r.scaling
        .map((row) => [
          String(row.n),
          `${s(row.withImages.seconds)}, ${mb(row.withImages.peakMB)}`,
          String(row.withImages.imagesRendered),
          perSecond(imagesPerSecond(row)),
          `${s(row.withoutImages.seconds)}, ${mb(row.withoutImages.peakMB)}`,
          `${s(row.baseline.seconds)}, ${mb(row.baseline.peakMB)}`,
          ...(hasUnified
            ? [row.baselineUnified ? `${s(row.baselineUnified.seconds)}, ${mb(row.baselineUnified.peakMB)}` : '–']
            : []),
        ])
        .concat(
          r.baselineWide
            ? [
                [
                  String(r.baselineWide.n),
                  'not built',
                  '',
                  '',
                  'not built',
                  `${s(r.baselineWide.baseline.seconds)}, ${mb(r.baselineWide.baseline.peakMB)}`,
                  ...(hasUnified ? ['not built'] : []),
                ],
              ]
            : [],
        ),
    ),
    '',
  );
  const all = marginals(r.scaling);
  if (all.length > 0) {
    out.push(
      'Marginal cost per explainer, (t(N2) − t(N1)) / (N2 − N1):',
      '',
      table(
        [
          'N1 → N2',
          'with images',
          'without images',
          'baseline, per page',
          'ratio (without images / baseline)',
          ...(hasUnified ? ['unified-engine baseline, per page', 'ratio to it'] : []),
        ],
        all.map((x) => [
          `${x.from} → ${x.to}`,
          ms(x.withImagesMs),
          ms(x.withoutImagesMs),
          ms(x.baselineMs),
          x.baselineMs > 0 ? `${x.ratio.toFixed(1)}×` : '– (baseline within noise)',
          ...(hasUnified
            ? x.unifiedMs === undefined
              ? ['–', '–']
              : [
                  ms(x.unifiedMs),
                  x.unifiedMs > 0 ? `${(x.withoutImagesMs / x.unifiedMs).toFixed(1)}×` : '– (within noise)',
                ]
            : []),
        ]),
      ),
      '',
    );
    const comparison = baselineComparison(r);
    if (comparison) {
      out.push(
        `The baseline's per-page cost is a few ms, within the noise of one cold build over N ${r.scaling[0]?.n}→${r.scaling[r.scaling.length - 1]?.n}, ` +
          `so it is also taken over N ${comparison.from}→${comparison.to}: **${ms(comparison.baselineMs)} per page**; ` +
          `ours without images ${ms(comparison.oursMs)} per explainer: ` +
          (comparison.ratio === undefined
            ? 'no ratio (baseline slope not above noise).'
            : `**${comparison.ratio.toFixed(1)}×** the baseline.`),
        '',
      );
    }
    const first = r.scaling[0];
    const overall = all[all.length - 1];
    const last = r.scaling[r.scaling.length - 1];
    if (first && overall && last) {
      const fixed = (key: 'withImages' | 'withoutImages' | 'baseline', per: number): string =>
        s(first[key].seconds - (first.n * per) / 1000);
      const images = last.withImages.imagesRendered;
      out.push(
        `Fixed cost (t(N1) − N1 × marginal): ours ${fixed('withoutImages', overall.withoutImagesMs)}, baseline ${fixed('baseline', comparison?.baselineMs ?? overall.baselineMs)}. ` +
          (images > 0
            ? `At N=${last.n} the ${images} images add ${s(last.withImages.seconds - last.withoutImages.seconds)} to the build, ` +
              `${ms(((last.withImages.seconds - last.withoutImages.seconds) * 1000) / images)} per image.`
            : ''),
        '',
      );
    }
  }
  const largest = r.scaling[r.scaling.length - 1];
  if (largest?.phases) {
    const ours = largest.phases;
    const base = largest.baselinePhases;
    const per = (value: number): string => `${(value / largest.n).toFixed(1)} ms`;
    const row = (phase: string, a: number, b: number | undefined): string[] => [
      phase,
      duration(a),
      per(a),
      b === undefined ? '–' : duration(b),
      b === undefined ? '–' : per(b),
    ];
    const outside = largest.withoutImages.seconds * 1000 - ours.buildMs;
    const baseOutside = largest.baseline.seconds * 1000 - base.buildMs;
    out.push(
      `Where the time goes at N=${largest.n} without images (medians, from the lines Astro, Vite and the build's own steps log). ` +
        'Astro writes up to 16 pages at a time and the story check, preview images and offline copies run on worker ' +
        'threads, so a phase is wall time, not CPU time.',
      '',
      table(
        ['phase', 'ours', 'per explainer', 'plain Astro baseline', 'per page'],
        [
          row('start-up and config (before Astro starts its build timer)', outside, baseOutside),
          row('collecting build info: story check, content sync, types', ours.infoMs, base.infoMs),
          // The "of which" rows need their step's own log line; a run without it has no number.
          ...(ours.checkMs > 0 ? [row('… of which the story check (worker threads)', ours.checkMs, undefined)] : []),
          row('bundling (Vite): the MDX compile with the annotation plugins', ours.bundleMs, base.bundleMs),
          row(
            'generating pages (each explainer, its changes page and share pages; people and topics)',
            ours.pagesMs,
            base.pagesMs,
          ),
          row('after the pages: preview images copied, sitemap, offline copies', ours.afterMs, base.afterMs),
          ...(ours.offlineMs > 0
            ? [row('… of which the offline copies (worker threads)', ours.offlineMs, undefined)]
            : []),
        ],
      ),
      '',
    );
  }
  const p = r.previewRenderMs;
  out.push(
    `Preview images (1200×630 PNG, satori + resvg), as the build log reports each (\`[preview] rendered … (N ms)\`): ` +
      (p.samples
        ? `median ${ms(p.median)}, p90 ${ms(p.p90)}, max ${ms(p.max)} over ${p.samples} images.`
        : 'none drawn.'),
    '',
  );
  out.push(...incrementalSection(r.incremental));
  out.push('### Lighthouse', '');
  const lh = r.lighthouse;
  if (lh.ran) {
    out.push(
      `Lighthouse ${lh.version ?? ''} (default mobile preset, simulated throttling) in ${lh.chrome ?? 'Chrome'}, pages served by \`astro preview\`; median of ${r.options.runs}.`,
      '',
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'below 100 because'],
        lh.pages.map((page) => [
          `${page.page} (\`${page.path}\`)`,
          ...CATEGORIES.map((c) => String(page.scores[c] ?? '–')),
          page.shortfalls.length ? page.shortfalls.join('; ') : '–',
        ]),
      ),
      '',
    );
  } else {
    out.push(`Not measured: ${lh.note ?? 'Lighthouse did not run'}.`, '');
  }

  out.push(
    '### Goals',
    '',
    table(
      ['goal', 'target', 'measured', 'status'],
      goals(r).map((g) => [g.goal, g.target, g.measured, status(g.met)]),
    ),
    '',
  );
  if (explainer) {
    const offline = r.weight.pages.find((x) => x.page === 'offline export');
    out.push(
      'Budgets are tests, not part of the bench (bytes and counts, never time): `tests/output/checkBuild.mjs` ' +
        '(`EXPLAINER_BUDGET`, `JAVASCRIPT_BUDGET`, at most one stylesheet, no web font) and `tests/e2e/offline.spec.ts` (`BUDGET`). ' +
        'Their numbers in this run:',
      '',
      table(
        ['budget', 'limit', 'this run'],
        [
          [
            'explainer first visit, gzip (HTML + CSS + JS)',
            kb(BUDGETS.explainerFirstVisitGzip),
            kb(explainer.firstVisitGzip),
          ],
          ['explainer JavaScript, gzip', kb(BUDGETS.javascriptGzip), kb(explainer.js.gzip)],
          [
            'render-blocking requests besides the HTML / stylesheets',
            `<= ${BUDGETS.stylesheets} stylesheet`,
            `${explainer.requests.renderBlocking} / ${explainer.requests.stylesheets}`,
          ],
          ['web font requests', '0', String(explainer.requests.fonts)],
          ...(offline ? [['offline export, raw bytes', kb(BUDGETS.offlineBytes), kb(offline.html.raw)]] : []),
        ],
      ),
      '',
    );
  }
  out.push(
    '### How to rerun',
    '',
    '```sh',
    'npm ci',
    'npm run bench                                  # N = 1 and 100, 3 runs each with their rebuilds, Lighthouse',
    'npm run bench -- --with-1000                   # adds N = 1000 (about 50 minutes of cold builds on 2 cores, then its rebuilds)',
    'npm run bench -- --n 1,100 --runs 1            # quicker, noisier',
    'npm run bench -- --skip-lighthouse --keep      # no Chrome; keep the temporary sites',
    '```',
    '',
    'Results land in `bench/results.json`; this section of BENCHMARKS.md is rewritten by each run. Run it on a quiet ' +
      'machine: timings are medians of `--runs` builds but still move with other load.',
  );
  return out.join('\n');
}

const START = '<!-- bench:start (written by `npm run bench`; edits between these markers are replaced) -->';
const END = '<!-- bench:end -->';

/** `text` as the project's Prettier settings format `file`, so `npm run lint` stays clean after a run. */
export async function formatted(file: string, text: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** Rewrites the generated part of BENCHMARKS.md, keeping whatever is written around it. */
export async function updateBenchmarksFile(file: string, markdown: string): Promise<void> {
  const generated = `${START}\n\n${markdown}\n\n${END}`;
  const current = existsSync(file) ? await readFile(file, 'utf8') : '';
  const start = current.indexOf('<!-- bench:start');
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${generated}${current.slice(end + END.length)}`
      : `# Benchmarks\n\n## Latest run\n\n${generated}\n`;
  await writeFile(file, await formatted(file, next));
}

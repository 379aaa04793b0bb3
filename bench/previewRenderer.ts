// `node_modules/.bin/node bench/previewRenderer.ts [--runs 3]`
//
// Where the time of one preview image goes: every card of the first story and every person card, drawn
// one after another in a fresh process per run (as a build's worker thread draws them: fonts parsed on
// the first card, text layouts remembered from card to card). Per card: fitting the text (satori
// layouts), the card's SVG (satori), resvg's parse and drawing, and the PNG encoding; beside the
// renderer in use, the same SVG through resvg as it was set up before (system fonts loaded, resvg's own
// RGBA PNG) and through sharp (librsvg and libpng; Astro installs it as an optional dependency, and the
// comparison is left out where it is missing). Prints median and p90 per run and over all runs, as a
// Markdown table. Run it on a quiet machine.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { readPeopleFolder } from '../src/check/peopleFolder.ts';
import { readStory } from '../src/check/readStory.ts';
import { previewFonts } from '../src/lib/preview/fonts.ts';
import { indexedPng } from '../src/lib/preview/indexedPng.ts';
import { personCards } from '../src/lib/preview/personCards.ts';
import { previewCard } from '../src/lib/preview/previewCard.ts';
import { rasterise, renderedSize } from '../src/lib/preview/renderPng.ts';
import { storyCards } from '../src/lib/preview/storyCards.ts';
import { isShown } from '../src/lib/site/drafts.ts';
import { median, percentile } from './measure.ts';
import { FIRST_SLUG, REPO } from './sites.ts';

const { values: flags } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, child: { type: 'boolean', default: false } },
});

/** The cards measured: the first story's (its own, three article images, one per share target), then the people's. */
function cards(): { path: string; content: Parameters<typeof previewCard>[0] }[] {
  const folder = path.join(REPO, 'content/explainers');
  const stories = readdirSync(folder).map((slug) => readStory(path.join(folder, slug, 'index.mdx')));
  const first = stories.find(({ slug }) => slug === FIRST_SLUG);
  if (!first) throw new Error(`no story ${FIRST_SLUG}`);
  const shown = stories.filter(({ story }) => isShown(story, false)).map(({ slug, story }) => ({ slug, story }));
  return [
    ...storyCards(FIRST_SLUG, first.story, first.body),
    ...personCards(readPeopleFolder(path.join(REPO, 'content/people')).people, shown),
  ];
}

/** The little of sharp this uses; the site does not use it. */
interface Sharp {
  (input: Buffer): { png(): { toBuffer(): Promise<Buffer> } };
  cache(enabled: boolean): void;
}

function loadSharp(): Sharp | undefined {
  try {
    const sharp = createRequire(import.meta.url)('sharp') as Sharp;
    sharp.cache(false);
    return sharp;
  } catch {
    return undefined;
  }
}

type Card = Record<string, number>;

const since = (start: number): number => performance.now() - start;

/** One run: every card timed phase by phase, as JSON on stdout. */
async function child(): Promise<void> {
  const sharp = loadSharp();
  const rows: Card[] = [];
  for (const [i, card] of cards().entries()) {
    const { width, height } = renderedSize(card.content);
    let start = performance.now();
    const node = await previewCard(card.content);
    const row: Card = { fit: since(start) };
    start = performance.now();
    const svg = await satori(node, { width, height, fonts: previewFonts() });
    row['svg'] = since(start);
    const current = (): void => {
      let at = performance.now();
      const image = rasterise(svg, width);
      row['draw'] = since(at);
      at = performance.now();
      const png = indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
      row['encode'] = since(at);
      row['bytes'] = png.length;
    };
    const before = (): void => {
      const at = performance.now();
      const png = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
      row['before'] = since(at);
      row['beforeBytes'] = png.length;
    };
    const viaSharp = async (): Promise<void> => {
      if (!sharp) return;
      const at = performance.now();
      const png = await sharp(Buffer.from(svg)).png().toBuffer();
      row['sharp'] = since(at);
      row['sharpBytes'] = png.length;
    };
    // Each renderer goes first on a third of the cards, so none always finds the caches warm.
    const order = [current, before, viaSharp];
    for (let k = 0; k < order.length; k++) await order[(i + k) % order.length]!();
    rows.push(row);
  }
  process.stdout.write(JSON.stringify(rows));
}

/** The whole time of one card with the renderer in use. */
const wholeCard = (c: Card): number => c['fit']! + c['svg']! + c['draw']! + c['encode']!;

/** The series reported, from the timings of one card. */
const SERIES: readonly (readonly [string, (card: Card) => number | undefined])[] = [
  ['fitting text (satori layouts)', (c) => c['fit']],
  ['the card’s SVG (satori)', (c) => c['svg']],
  ['satori in all', (c) => c['fit']! + c['svg']!],
  ['resvg: parse and draw', (c) => c['draw']],
  ['PNG encoding (indexed)', (c) => c['encode']],
  ['a card, in all', wholeCard],
  ['PNG bytes', (c) => c['bytes']],
  ['resvg as before (system fonts, its RGBA PNG)', (c) => c['before']],
  ['… a card with it, in all', (c) => c['fit']! + c['svg']! + c['before']!],
  ['… its PNG bytes', (c) => c['beforeBytes']],
  ['sharp (librsvg + libpng)', (c) => c['sharp']],
  ['… a card with it, in all', (c) => (c['sharp'] === undefined ? undefined : c['fit']! + c['svg']! + c['sharp'])],
  ['… its PNG bytes', (c) => c['sharpBytes']],
];
const cell = (values: number[]): string =>
  values.length === 0 ? '–' : `${median(values).toFixed(1)} / ${percentile(values, 90).toFixed(1)}`;

async function main(): Promise<void> {
  const runs = Math.max(1, Number(flags.runs) || 1);
  const all: Card[][] = [];
  for (let run = 1; run <= runs; run++) {
    const [load] = os.loadavg();
    const result = spawnSync(process.execPath, [import.meta.filename, '--child'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: process.env,
    });
    if (result.status !== 0) throw new Error(`run ${run} failed:\n${result.stderr}`);
    const rows = JSON.parse(result.stdout) as Card[];
    all.push(rows);
    console.error(
      `run ${run}: ${rows.length} cards, load ${load?.toFixed(2)} before, first card ${wholeCard(rows[0]!).toFixed(0)} ms`,
    );
  }
  console.log(`| per card, ms (median / p90) | ${all.map((_, i) => `run ${i + 1}`).join(' | ')} | all runs |`);
  console.log(`| --- | ${all.map(() => '---').join(' | ')} | --- |`);
  for (const [name, read] of SERIES) {
    const values = (rows: Card[]): number[] => rows.map(read).filter((v): v is number => v !== undefined);
    console.log(`| ${name} | ${all.map((rows) => cell(values(rows))).join(' | ')} | ${cell(values(all.flat()))} |`);
  }
}

if (flags.child) await child();
else await main();

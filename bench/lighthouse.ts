// Lighthouse (its default mobile preset) on pages served by `astro preview` on a free localhost port.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { median } from './measure.ts';
import { REPO } from './sites.ts';

const run = promisify(execFile);
const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
const LIGHTHOUSE = path.join(REPO, 'node_modules/lighthouse/cli/index.js');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CHROME_FLAGS = '--headless=new --no-sandbox --disable-background-networking';

export interface LighthousePage {
  readonly page: string;
  readonly path: string;
  /** Median score per category, 0-100, over the runs; undefined when no run gave one. */
  readonly scores: Partial<Record<Category, number>>;
  readonly runs: Partial<Record<Category, number>>[];
  /** Audits that kept a category below 100 in the last run (id: title). */
  readonly shortfalls: string[];
}

export interface LighthouseResult {
  readonly ran: boolean;
  /** Why Lighthouse did not run, or what went wrong. */
  readonly note?: string;
  readonly chrome?: string;
  readonly version?: string;
  readonly pages: LighthousePage[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro preview did not answer at ${url} within ${seconds} s`);
}

export function chromePath(): string | undefined {
  for (const candidate of [process.env['CHROME_PATH'], process.env['CHROMIUM_PATH'], '/usr/bin/chromium']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

interface LighthouseJson {
  lighthouseVersion?: string;
  runtimeError?: { code?: string; message?: string };
  categories?: Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] }>;
  audits?: Record<string, { score: number | null; title?: string; scoreDisplayMode?: string }>;
}

/** Runs Lighthouse `runs` times on each page of the built site in `siteDir` (its dist/). */
export async function lighthouse(
  siteDir: string,
  pages: readonly { page: string; path: string }[],
  runs: number,
): Promise<LighthouseResult> {
  if (!existsSync(LIGHTHOUSE)) {
    return { ran: false, note: 'lighthouse is not installed (npm ci installs lighthouse@12.2.3)', pages: [] };
  }
  const chrome = chromePath();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const preview = spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: siteDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const scratch = await mkdtemp(path.join(tmpdir(), 'bench-lighthouse-'));
  let version: string | undefined;
  try {
    await waitFor(`${origin}/`, preview);
    const results: LighthousePage[] = [];
    for (const { page, path: pagePath } of pages) {
      const scoresOfRuns: Partial<Record<Category, number>>[] = [];
      let shortfalls: string[] = [];
      for (let i = 0; i < runs; i++) {
        const output = path.join(scratch, `${page}-${i}.json`);
        try {
          await run(
            process.execPath,
            [
              LIGHTHOUSE,
              `${origin}${pagePath}`,
              '--output=json',
              `--output-path=${output}`,
              '--quiet',
              `--chrome-flags=${CHROME_FLAGS}`,
            ],
            {
              env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
              timeout: 240_000,
              maxBuffer: 1 << 26,
            },
          );
        } catch (error) {
          const e = error as { stderr?: string; message: string };
          const reason = (e.stderr ?? e.message).trim().split('\n').slice(-3).join(' ');
          return {
            ran: false,
            note: `Lighthouse could not run (Chrome ${chrome ?? 'not found'}): ${reason}`,
            ...(chrome ? { chrome } : {}),
            pages: results,
          };
        }
        const report = JSON.parse(await readFile(output, 'utf8')) as LighthouseJson;
        version = report.lighthouseVersion;
        if (report.runtimeError) {
          return {
            ran: false,
            note: `Lighthouse reported ${report.runtimeError.code ?? 'an error'}: ${report.runtimeError.message ?? ''}`,
            ...(chrome ? { chrome } : {}),
            pages: results,
          };
        }
        const scores: Partial<Record<Category, number>> = {};
        shortfalls = [];
        for (const category of CATEGORIES) {
          const entry = report.categories?.[category];
          if (!entry || entry.score === null) continue;
          scores[category] = Math.round(entry.score * 100);
          for (const ref of entry.auditRefs ?? []) {
            const audit = report.audits?.[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              shortfalls.push(`${category}: ${ref.id} (${Math.round(audit.score * 100)})`);
            }
          }
        }
        scoresOfRuns.push(scores);
      }
      const medianScores: Partial<Record<Category, number>> = {};
      for (const category of CATEGORIES) {
        const values = scoresOfRuns.map((s) => s[category]).filter((v): v is number => v !== undefined);
        if (values.length > 0) medianScores[category] = median(values);
      }
      results.push({ page, path: pagePath, scores: medianScores, runs: scoresOfRuns, shortfalls });
    }
    return { ran: true, ...(chrome ? { chrome } : {}), ...(version ? { version } : {}), pages: results };
  } catch (error) {
    return { ran: false, note: (error as Error).message, pages: [] };
  } finally {
    preview.kill('SIGTERM');
    await rm(scratch, { recursive: true, force: true });
  }
}

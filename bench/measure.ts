// Runs `astro build` in a folder as a child process and measures its wall time and peak memory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from './sites.ts';

const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';

export interface BuildRun {
  readonly ok: boolean;
  readonly seconds: number;
  /** Peak resident memory of the build, in MB (the largest process of the build). */
  readonly peakMB: number | undefined;
  /** How peakMB was taken. */
  readonly memorySource: 'gnu-time' | 'proc-poll' | 'none';
  /** `[preview] rendered` lines in the log, and the milliseconds each reported. */
  readonly imagesRendered: number;
  readonly imagesCached: number;
  readonly renderMs: number[];
  /**
   * Pages Astro rendered, and pages it re-used from the last build (its incremental build logs those
   * `(cached)`, or `(restored)` when it copied them back into dist/).
   */
  readonly pagesRendered: number;
  readonly pagesReused: number;
  readonly log: string;
}

/**
 * Pages rendered and re-used, from Astro's `├─ /path` lines. Up to 16 pages render at a time, so a page's
 * line can be cut by the next page's before its `(+Nms)` comes: count the marks, not the lines.
 */
export function pageCounts(log: string): { pagesRendered: number; pagesReused: number } {
  const pages = (log.match(/├─ \//g) ?? []).length;
  const reused = (log.match(/├─ \/\S*? \((?:cached|restored)\)/g) ?? []).length;
  return { pagesRendered: pages - reused, pagesReused: reused };
}

/** Sum of VmRSS (kB) of a process and its descendants, from /proc; 0 when it is gone. */
async function treeRssKb(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = await readFile(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const pid = Number(entry);
      rss.set(pid, kb);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * `astro build` in `cwd` under the same Node as the bench, with telemetry off and `env` added. Peak
 * memory comes from GNU time's "Maximum resident set size" where it exists, else from polling /proc.
 */
export async function astroBuild(cwd: string, env: Record<string, string> = {}): Promise<BuildRun> {
  const useTime = existsSync(GNU_TIME);
  const scratch = await mkdtemp(path.join(tmpdir(), 'bench-time-'));
  const timeFile = path.join(scratch, 'time.txt');
  const [command, args] = useTime
    ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ASTRO, 'build']]
    : [process.execPath, [ASTRO, 'build']];
  const start = performance.now();
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let polledKb = 0;
  let polling = !useTime;
  const poll = async (): Promise<void> => {
    while (polling && child.pid !== undefined) {
      polledKb = Math.max(polledKb, await treeRssKb(child.pid));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const poller = poll();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - start) / 1000;
  polling = false;
  await poller;

  let peakMB: number | undefined;
  let memorySource: BuildRun['memorySource'] = 'none';
  if (useTime) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
    if (kb !== undefined) {
      peakMB = Number(kb) / 1024;
      memorySource = 'gnu-time';
    }
  } else if (polledKb > 0) {
    peakMB = polledKb / 1024;
    memorySource = 'proc-poll';
  }
  await rm(scratch, { recursive: true, force: true });

  const renderMs = [...log.matchAll(/\[preview\] rendered .*?\((\d+) ms\)/g)].map((m) => Number(m[1]));
  return {
    ok: code === 0,
    seconds,
    peakMB,
    memorySource,
    imagesRendered: (log.match(/\[preview\] rendered /g) ?? []).length,
    imagesCached: Number(/\[preview\] \d+ images: \d+ rendered, (\d+) from the cache/.exec(log)?.[1] ?? 0),
    renderMs,
    ...pageCounts(log),
    log,
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** "9.15s", "163ms", "1m 2s" (Astro's and Vite's durations) in milliseconds. */
function durationMs(text: string): number {
  const minutes = /(\d+)m(?!s)/.exec(text)?.[1];
  const seconds = /([\d.]+)s\b/.exec(text)?.[1];
  const millis = /([\d.]+)\s?ms\b/.exec(text)?.[1];
  return Number(minutes ?? 0) * 60_000 + Number(seconds ?? 0) * 1000 + Number(millis ?? 0);
}

/** Where a build's wall time went, in ms, from the lines Astro, Vite and our integrations log. */
export interface BuildPhases {
  /** Astro's "[build] N page(s) built in": from the build's start to its end, config loading excluded. */
  readonly buildMs: number;
  /** "Collecting build info": the story check, the content sync and the generated types. */
  readonly infoMs: number;
  /** Our story check alone (`N stories checked in`), on worker threads. */
  readonly checkMs: number;
  /** Vite's bundles: the MDX compile with the annotation plugins, and the pages' code. */
  readonly bundleMs: number;
  /** "generating static routes": Astro rendering and writing every page. */
  readonly pagesMs: number;
  /** After the pages: waiting for and copying preview images, the sitemap, the offline copies. */
  readonly afterMs: number;
  /** Our offline export alone (`offline copies written in`). */
  readonly offlineMs: number;
}

export function buildPhases(log: string): BuildPhases {
  const lines = log.split('\n');
  const after = (pattern: RegExp, from = 0): { index: number; ms: number } => {
    for (let i = from; i < lines.length; i++) {
      const match = pattern.exec(lines[i] ?? '');
      if (match) return { index: i, ms: durationMs(match[1] ?? '') };
    }
    return { index: -1, ms: 0 };
  };
  const buildMs = after(/\[build\] \d+ page\(s\) built in (.+)$/).ms;
  const info = after(/\[build\] ✓ Completed in (.+?)\.?$/);
  const routes = lines.findIndex((line) => line.includes('generating static routes'));
  const pages = routes < 0 ? { index: -1, ms: 0 } : after(/✓ Completed in (.+?)\.?$/, routes + 1);
  const entrypoints =
    pages.index < 0 ? { index: -1, ms: 0 } : after(/\[build\] ✓ Completed in (.+?)\.?$/, pages.index + 1);
  const bundleMs = lines
    .map((line) => /\[vite\] ✓ built in (.+)$/.exec(line)?.[1])
    .filter((d): d is string => d !== undefined)
    .reduce((total, d) => total + durationMs(d), 0);
  return {
    buildMs,
    infoMs: info.ms,
    checkMs: after(/(?:story|stories) checked in (\d+ ms)/).ms,
    bundleMs,
    pagesMs: pages.ms,
    afterMs: Math.max(0, buildMs - info.ms - entrypoints.ms),
    offlineMs: after(/offline cop(?:y|ies) written in (\d+ ms)/).ms,
  };
}

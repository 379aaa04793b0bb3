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
  readonly log: string;
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
    imagesCached: (log.match(/\[preview\] cached /g) ?? []).length,
    renderMs,
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

export interface RouteGroup {
  /** The route with the story's slug and the share id replaced: /explainers/<slug>/share/<id>/index.html. */
  readonly route: string;
  readonly count: number;
  readonly totalMs: number;
}

/**
 * Time Astro reports for each page it writes (`├─ /path (+12ms)` in the build log), grouped by route.
 * Other log lines (the `[preview]` ones) may stand between a path and its time.
 */
export function routeTimes(log: string): RouteGroup[] {
  const groups = new Map<string, { count: number; totalMs: number }>();
  let current: string | undefined;
  for (const match of log.matchAll(/[├└]─ ([^\s[]+)|\(\+(\d+)\s?ms\)/g)) {
    if (match[1] !== undefined) {
      current = match[1];
      continue;
    }
    if (current === undefined) continue;
    const route = current
      .replace(/^\/explainers\/[^/]+\//, '/explainers/<slug>/')
      .replace(/\/share\/[^/]+\//, '/share/<id>/');
    const group = groups.get(route) ?? { count: 0, totalMs: 0 };
    group.count += 1;
    group.totalMs += Number(match[2]);
    groups.set(route, group);
    current = undefined;
  }
  return [...groups].map(([route, g]) => ({ route, ...g })).sort((a, b) => b.totalMs - a.totalMs);
}

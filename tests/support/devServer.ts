import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { builderEnv } from './buildSite';

const REPO = path.resolve(import.meta.dirname, '../..');

/** A free port on the loopback address, for the dev server. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `check` every 250 ms until it holds; throws naming `what` after `ms`. */
export async function waitFor(check: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface DevServer {
  readonly process: ChildProcess;
  readonly origin: string;
  /** Everything it has printed so far. */
  readonly output: () => string;
}

/** `astro dev` in `dir`, as an editor runs it (none of vitest's variables), once it answers. */
export async function startDev(dir: string, env: Readonly<Record<string, string>> = {}): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const dev = spawn(
    process.execPath,
    [path.join(REPO, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, env: { ...builderEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(async () => (await fetch(`${origin}/`)).status > 0, 'the dev server');
  return { process: dev, origin, output: () => output };
}

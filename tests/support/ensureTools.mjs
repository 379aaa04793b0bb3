#!/usr/bin/env node
// Makes sure the tools the tests need outside npm exist (`npm run test:browser`, first step of `npm test`):
// - a Chromium for the end-to-end tests, by the same rule as tests/support/chromiumPath.ts: $CHROMIUM_PATH,
//   then Playwright's own downloaded Chromium, then a system browser in /usr/bin;
// - a Java runtime (11 or newer) for the W3C Nu validator in the output checks, by the rule of
//   tests/output/java.mjs: $JAVA_HOME, `java` on PATH, the runtime vnu-jar may have downloaded.
// As root on Debian/Ubuntu it installs what is missing from the distribution (chromium,
// default-jre-headless); otherwise it explains what to do. Plain Node ESM, no dependencies.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { JAVA_HELP, findJava } from '../output/java.mjs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightCacheChromium() {
  const envDir = process.env.PLAYWRIGHT_BROWSERS_PATH;
  const cacheDir = envDir && envDir !== '0' ? envDir : join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cacheDir)) return undefined;
  // Newest revision first: chromium-1255 before chromium-1200. Skips chromium_headless_shell-*.
  const revisions = readdirSync(cacheDir)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
  for (const revision of revisions) {
    const revDir = join(cacheDir, revision);
    for (const platformDir of readdirSync(revDir).filter((name) => name.startsWith('chrome-linux'))) {
      const exe = join(revDir, platformDir, 'chrome');
      if (existsSync(exe)) return exe;
    }
  }
  return undefined;
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    console.error(`ensureTools: CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
    process.exit(1);
  }
  const cached = playwrightCacheChromium();
  if (cached) return { path: cached, source: "Playwright's bundled Chromium" };
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system browser' };
  return undefined;
}

function hasCommand(cmd) {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebianLike = existsSync('/etc/debian_version') && hasCommand('apt-get');
let aptUpdated = false;

/** Installs Debian packages as root; false when that is not possible here or apt-get fails. */
function aptInstall(packages) {
  if (!isRoot || !isDebianLike) return false;
  console.log(`ensureTools: installing the Debian/Ubuntu package(s) ${packages} with apt-get...`);
  try {
    execSync(`${aptUpdated ? '' : 'apt-get update -qq && '}apt-get install -y -qq ${packages}`, {
      stdio: 'inherit',
      shell: '/bin/sh',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    aptUpdated = true;
    return true;
  } catch {
    console.error(`ensureTools: apt-get failed to install ${packages}.`);
    return false;
  }
}

let found = findChromium();
if (!found) {
  console.log('ensureTools: no Chromium found.');
  if (aptInstall('chromium')) found = findChromium();
  if (!found) {
    console.error(
      [
        'ensureTools: no Chromium browser found for the end-to-end tests.',
        `Looked at: $CHROMIUM_PATH, Playwright's cache (~/.cache/ms-playwright/chromium-*), ${SYSTEM_PATHS.join(', ')}.`,
        'Install one of:',
        '  sudo apt-get install chromium          (Debian/Ubuntu)',
        '  npx playwright install chromium        (Playwright downloads its own browser)',
        'or set CHROMIUM_PATH to an existing Chromium/Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
console.log(`ensureTools: using ${found.path} (${found.source})`);

let java = findJava();
if (!java) {
  console.log('ensureTools: no Java runtime found (the W3C Nu validator needs one).');
  if (aptInstall('default-jre-headless')) java = findJava();
  if (!java) {
    console.error(`ensureTools: ${JAVA_HELP}`);
    process.exit(1);
  }
}
console.log(`ensureTools: using ${java.path} (Java ${java.version}) for the W3C Nu validator`);

// Programs some checks run that npm does not ship (a text browser, a PDF text extractor). Found on
// PATH; when missing, installed as root on Debian/Ubuntu from the distribution, the way
// tests/support/ensureTools.mjs installs Chromium and Java; otherwise the error says what to install.
// Plain Node ESM, no dependencies.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The absolute path of `command` on PATH, or undefined. */
export function which(command) {
  try {
    return execSync(`command -v ${command}`, { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebianLike = () => existsSync('/etc/debian_version') && which('apt-get') !== undefined;

/** apt-get install, after an update when the package lists do not know the package yet. */
function aptInstall(debianPackage) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '-qq', debianPackage], { stdio: ['ignore', 'ignore', 'pipe'], env });
  try {
    install();
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'pipe'], env });
    install();
  }
}

/**
 * The path of `command`, installing the Debian package that has it when it is missing and this is
 * root on Debian/Ubuntu. Throws with the command to run when neither works.
 */
export function ensureCommand(command, debianPackage) {
  const found = which(command);
  if (found) return found;
  if (isRoot && isDebianLike()) {
    console.log(`installing the Debian package ${debianPackage} for ${command}...`);
    try {
      aptInstall(debianPackage);
    } catch (error) {
      throw new Error(`apt-get could not install ${debianPackage} (for ${command}): ${error.stderr ?? error}`, {
        cause: error,
      });
    }
    const installed = which(command);
    if (installed) return installed;
  }
  throw new Error(`${command} is needed: install it (sudo apt-get install ${debianPackage} on Debian/Ubuntu)`);
}

// Finds a Java runtime for the W3C Nu validator (vnu.jar needs Java 11 or newer): $JAVA_HOME/bin/java,
// then `java` on PATH, then the runtime vnu-jar's own installer may have downloaded into
// node_modules/.cache/vnu-jar/java/. Used by tests/output/vnu.mjs and tests/support/ensureTools.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './support.mjs';

export const VNU_JAR = join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
export const MIN_JAVA = 11;

/** The major version `java -version` reports (8 for "1.8.0"), or undefined when it does not run. */
export function javaVersion(java) {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return undefined;
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

function candidates() {
  const list = [];
  if (process.env.JAVA_HOME) list.push(join(process.env.JAVA_HOME, 'bin', 'java'));
  list.push('java');
  const cache = join(root, 'node_modules/.cache/vnu-jar/java');
  if (existsSync(cache)) {
    for (const home of readdirSync(cache)) list.push(join(cache, home, 'bin', 'java'));
  }
  return list;
}

/** `{ path, version }` of the first usable Java, or undefined. */
export function findJava() {
  for (const java of candidates()) {
    const version = javaVersion(java);
    if (version !== undefined && version >= MIN_JAVA) return { path: java, version };
  }
  return undefined;
}

export const JAVA_HELP = [
  `The W3C Nu validator (vnu.jar) needs Java ${MIN_JAVA} or newer, and none was found`,
  '(looked at $JAVA_HOME/bin/java, `java` on PATH, node_modules/.cache/vnu-jar/java/).',
  'Install one of:',
  '  sudo apt-get install default-jre-headless     (Debian/Ubuntu)',
  '  sudo dnf install java-17-openjdk-headless     (Fedora/RHEL)',
  '  brew install openjdk                          (macOS)',
  'or set JAVA_HOME to an existing Java runtime. `npm run test:browser` installs it as root on Debian/Ubuntu.',
].join('\n');

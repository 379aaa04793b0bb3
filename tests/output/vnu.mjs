#!/usr/bin/env node
// The W3C Nu HTML validator over every HTML file in dist/ (pages, share pages, offline copies), errors
// only. Each error is `FAIL vnu <file>:<line> <message>`; each file without errors is one pass.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { JAVA_HELP, VNU_JAR, findJava } from './java.mjs';
import { dist, htmlFiles, relativePath, runAlone, shown } from './support.mjs';

const run = promisify(execFile);

export default async function vnu(report) {
  const java = findJava();
  if (!java) {
    report.fail(`vnu: ${JAVA_HELP}`);
    return;
  }
  const args = ['-jar', VNU_JAR, '--skip-non-html', '--errors-only', '--format', 'json', dist];
  // vnu exits 1 when it finds errors; the JSON report is on stderr either way.
  const { stderr } = await run(java.path, args, { maxBuffer: 1 << 26 }).catch((error) => error);
  let messages;
  try {
    ({ messages } = JSON.parse(stderr));
  } catch {
    report.fail(`vnu: did not produce a JSON report:\n${stderr}`);
    return;
  }
  const failing = new Set();
  for (const m of messages) {
    const file = m.url ? relativePath(dist, fileURLToPath(m.url)) : '(unknown file)';
    failing.add(file);
    const line = m.lastLine ?? m.firstLine ?? 0;
    report.fail(`vnu ${shown(file)}:${line} ${m.type === 'error' ? '' : `[${m.type}] `}${m.message}`);
  }
  for (const file of htmlFiles()) if (!failing.has(file)) report.pass();
}

if (import.meta.main) await runAlone(vnu);

import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';

type Log = { code?: string; message: string };
const onLog = config.vite?.build?.rolldownOptions?.onLog as
  ((level: string, log: Log, handler: (level: string, log: Log) => void) => void) | undefined;

/** The logs the bundler's handler passes on. */
function passed(logs: Log[]): Log[] {
  const out: Log[] = [];
  for (const log of logs) onLog?.('warn', log, (_level, kept) => out.push(kept));
  return out;
}

describe('the build log', () => {
  it('drops the bundler warning about the directive Astro puts at the top of every MDX content module', () => {
    expect(onLog).toBeTypeOf('function');
    const headInject: Log = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      message:
        'The semantics of the module level directive "use astro:head-inject" in "content/explainers/a/index.mdx?astroPropagatedAssets" may not be preserved when bundling.',
    };
    expect(passed([headInject])).toEqual([]);
  });

  it('keeps every other warning, including other module-level directives', () => {
    const others: Log[] = [
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved.',
      },
      { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a -> b -> a' },
      { message: 'a warning without a code' },
    ];
    expect(passed(others)).toEqual(others);
  });
});

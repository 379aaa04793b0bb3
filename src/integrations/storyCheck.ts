import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { checkStoriesWith } from '../check/checkStories.ts';
import { checkStoryFile, formatLocated, problemReport } from '../check/checkStory.ts';
import { isStoryPath } from '../plugins/storyFile.ts';
import { rememberPassed } from '../check/passedStories.ts';
import { checkInWorker } from './storyWorkers.ts';
import { cachedCheck } from '../check/checkCache.ts';
import { buildCacheFolder } from '../lib/build/diskCache.ts';
import { siteCodeOf } from './incrementalBuild.ts';

/**
 * Runs `npm run check`'s checks before a build starts, so the build stops on exactly the problems the
 * check reports, all of them at once, each with its file, line and field, before any page is made.
 */
export default function storyCheck(): AstroIntegration {
  return {
    name: 'news-explainer:story-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        if (command === 'dev') updateConfig({ vite: { plugins: [checkBeforeCompiling(root)] } });
        if (command !== 'build') return;
        // One story per task, checked in parallel on the build's worker threads; a story that passed
        // before, with the same bytes, registry and code, is taken from the cache (checkCache.ts).
        const start = performance.now();
        const check = cachedCheck(buildCacheFolder(root, 'checks'), siteCodeOf(root), checkInWorker);
        const report = await checkStoriesWith([path.join(root, 'content/explainers')], root, check);
        check.prune();
        const ms = Math.round(performance.now() - start);
        logger.info(`${report.stories} ${report.stories === 1 ? 'story' : 'stories'} checked in ${ms} ms`);
        rememberPassed(report.passed);
        if (report.problems.length === 0) return;
        const lines = report.problems.map(formatLocated);
        logger.error(
          `${lines.length} ${lines.length === 1 ? 'problem' : 'problems'} in the stories:\n${lines.join('\n')}`,
        );
        const error = new Error(`The stories have ${lines.length} problem(s), listed above; nothing was built.`);
        error.stack = error.message; // the list above is the useful part, not where in the build it stopped
        throw error;
      },
    },
  };
}

/**
 * In `astro dev`, checks a story each time it is compiled, before the MDX compiler sees it: a story
 * the check refuses shows the check's own lines in the error overlay and the terminal (no stack trace
 * of the compiler's), and the page comes back when the file is saved fixed.
 */
function checkBeforeCompiling(root: string): Plugin {
  return {
    name: 'news-explainer:story-check-dev',
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx(\?.*)?$/ },
      handler(_code, id) {
        const file = id.split('?')[0] ?? id;
        if (!isStoryPath(file)) return null;
        const display = path.relative(root, file) || file;
        const { problems } = checkStoryFile(file, display);
        const first = problems[0];
        if (!first) return null;
        const error = Object.assign(new Error(problemReport(display, problems)), {
          loc: { file, line: first.line, column: first.column },
        });
        error.stack = error.message; // where in the dev server it stopped is of no use to an editor
        throw error;
      },
    },
  };
}

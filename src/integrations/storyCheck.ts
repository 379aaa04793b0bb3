import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkStoriesWith } from '../check/checkStories.ts';
import { formatLocated } from '../check/checkStory.ts';
import { rememberPassed } from '../check/passedStories.ts';
import { checkInWorker } from './storyWorkers.ts';

/**
 * Runs `npm run check`'s checks before a build starts, so the build stops on exactly the problems the
 * check reports, all of them at once, each with its file, line and field, before any page is made.
 */
export default function storyCheck(): AstroIntegration {
  return {
    name: 'news-explainer:story-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        // One story per task, checked in parallel on the build's worker threads.
        const start = performance.now();
        const report = await checkStoriesWith([path.join(root, 'content/explainers')], root, checkInWorker);
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

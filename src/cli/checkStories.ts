// `npm run check [paths…]`: checks stories without building the site. Exit 1 when any has a problem.
import { checkStories } from '../check/checkStories.ts';
import { formatLocated } from '../check/checkStory.ts';

const targets = process.argv.slice(2);
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const report = checkStories(
  targets.length > 0 ? targets : [new URL('../../content/explainers', import.meta.url).pathname],
  cwd,
);
for (const problem of report.problems) console.log(formatLocated(problem));
const count = report.problems.length;
console.log(
  `${report.stories} ${report.stories === 1 ? 'story' : 'stories'} checked: ${count === 0 ? 'no problems' : `${count} ${count === 1 ? 'problem' : 'problems'}`}`,
);
process.exitCode = count === 0 ? 0 : 1;

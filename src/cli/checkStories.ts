// `npm run check [paths…]`: checks stories without building the site. Exit 1 when any has a problem.
import { checkStories } from '../check/checkStories.ts';
import { formatLocated, formatWarning } from '../check/checkStory.ts';

const targets = process.argv.slice(2);
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const report = checkStories(
  targets.length > 0 ? targets : [new URL('../../content/explainers', import.meta.url).pathname],
  cwd,
);
for (const problem of report.problems) console.log(formatLocated(problem));
for (const warning of report.warnings) console.log(formatWarning(warning));
const count = report.problems.length;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const warned =
  report.warnings.length === 0
    ? ''
    : `, ${plural(report.warnings.length, 'warning', 'warnings')} (review marks of drafts)`;
console.log(
  `${plural(report.stories, 'story', 'stories')} checked: ${count === 0 ? 'no problems' : plural(count, 'problem', 'problems')}${warned}`,
);
process.exitCode = count === 0 ? 0 : 1;

// `npm run check [paths…]`: checks stories without building the site. Exit 1 when any has a problem.
// `npm run check -- --report <slug|path>`: one story's problems, then its annotation report.
import { checkStories } from '../check/checkStories.ts';
import { formatLocated, formatWarning } from '../check/checkStory.ts';
import { reportArgument, reportCommand } from '../check/reportCommand.ts';

const explainers = new URL('../../content/explainers', import.meta.url).pathname;
const args = process.argv.slice(2);
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const asked = reportArgument(args);

if (asked !== undefined) {
  const result = 'error' in asked ? asked : reportCommand(asked.story, cwd, explainers);
  if ('error' in result) console.error(`check --report: ${result.error}`);
  else console.log(result.output);
  process.exitCode = 'error' in result ? 1 : result.exitCode;
} else {
  const report = checkStories(args.length > 0 ? args : [explainers], cwd);
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
}

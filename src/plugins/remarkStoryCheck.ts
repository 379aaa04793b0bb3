import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkStoryFile, problemReport, storyHash } from '../check/checkStory.ts';
import { hasPassed, rememberPassed } from '../check/passedStories.ts';
import { isStoryPath } from './storyFile.ts';

/**
 * The story check, as the first step of the MDX pipeline: a story is compiled only if `npm run check`
 * accepts it, so nothing in it (an `{expression}`, an `import`, a tag) reaches the compiler, and the
 * build (and `astro dev`, whose error overlay shows this message) refuses it with the check's own
 * lines. The build checks every story before it starts; bytes that passed then are not checked twice.
 */
export default function remarkStoryCheck() {
  return (_tree: Root, file: VFile): void => {
    if (!file.path || !isStoryPath(file.path)) return;
    const hash = storyHash(readFileSync(file.path));
    if (hasPassed(file.path, hash)) return;
    const display = path.relative(process.cwd(), file.path) || file.path;
    const { problems, hash: checked } = checkStoryFile(file.path, display);
    if (problems.length === 0) {
      rememberPassed(new Map([[file.path, checked]]));
      return;
    }
    const first = problems[0]!;
    // The compiler reads the file with its frontmatter blanked out, so file lines are its lines.
    file.fail(problemReport(display, problems), {
      place: { line: first.line, column: first.column },
      ruleId: 'story-check',
      source: 'news-explainer',
    });
  };
}

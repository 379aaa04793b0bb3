import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkStoryFile, problemReport, storyHash } from '../check/checkStory.ts';
import { passedStory, rememberPassed } from '../check/passedStories.ts';
import type { Story } from '../lib/story/schema.ts';
import { isStoryPath } from './storyFile.ts';

declare module 'vfile' {
  interface DataMap {
    /** The story being compiled, as the check validated it: the plugins after this one read it from here. */
    checkedStory: Story;
  }
}

/**
 * The story check, as the first step of the MDX pipeline: a story is compiled only if `npm run check`
 * accepts it, so nothing in it (an `{expression}`, an `import`, a tag) reaches the compiler, and the
 * build refuses it with the check's own lines. The build checks every story before it starts; bytes
 * that passed then are not checked again, and the story as the check read it is handed to the
 * plugins that follow (`file.data.checkedStory`), so none of them reads or validates it again.
 */
export default function remarkStoryCheck() {
  return (_tree: Root, file: VFile): void => {
    if (!file.path || !isStoryPath(file.path)) return;
    const hash = storyHash(readFileSync(file.path));
    let passed = passedStory(file.path, hash);
    if (!passed) {
      const display = path.relative(process.cwd(), file.path) || file.path;
      const { problems, checked, hash: checkedHash } = checkStoryFile(file.path, display);
      const first = problems[0];
      if (first || !checked) {
        // The compiler reads the file with its frontmatter blanked out, so file lines are its lines.
        file.fail(problemReport(display, problems), {
          place: first && { line: first.line, column: first.column },
          ruleId: 'story-check',
          source: 'news-explainer',
        });
      }
      passed = { ...checked, hash: checkedHash };
      rememberPassed(new Map([[file.path, passed]]));
    }
    file.data.checkedStory = passed.story;
  };
}

import { typesetQuotes } from '../lib/present/typography.ts';
import { storyPlugin } from './storyFile.ts';

/**
 * Typographic quotation marks in the prose as the page shows it. It runs last, on the annotated
 * tree: the checks and every annotation read the reporting's own characters, and only the marks
 * change, so no anchor or mention moves.
 */
export default storyPlugin((tree, { story }) => typesetQuotes(tree, story.lang));

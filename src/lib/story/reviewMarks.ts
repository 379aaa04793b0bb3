import type { Story } from './schema.ts';

/** The lists whose entries may carry a `review` mark (see `review` in schema.ts). */
const REVIEWABLE = ['sections', 'actors', 'quotes', 'unattributedQuotations', 'timeline', 'notes'] as const;

export interface ReviewMark {
  /** Where the mark stands: `['quotes', 3, 'review']`. */
  readonly path: (string | number)[];
  readonly text: string;
}

/** Every `review` mark of a story, in the order of the frontmatter's lists: what the editor has still to check. */
export function reviewMarks(story: Pick<Story, (typeof REVIEWABLE)[number] | 'review'>): ReviewMark[] {
  const own: ReviewMark[] = story.review === undefined ? [] : [{ path: ['review'], text: story.review }];
  return own.concat(
    ...REVIEWABLE.map((list) =>
      (story[list] as readonly { review?: string | undefined }[]).flatMap((entry, i) =>
        entry.review === undefined ? [] : [{ path: [list, i, 'review'], text: entry.review }],
      ),
    ),
  );
}

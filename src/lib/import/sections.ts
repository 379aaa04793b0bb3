import GithubSlugger from 'github-slugger';
import { isPageOwnId } from '../story/anchors.ts';
import type { SourceParagraph } from './proposal.ts';

/** Paragraphs per section where the source has no crossheads: a phone screen or two of reading. */
export const PARAGRAPHS_PER_SECTION = 4;

export interface ProposedSection {
  readonly id: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly review?: string;
}

/**
 * The story's sections: one per crosshead where the source has them (text before the first one
 * gets a section of its own), else one per few paragraphs. A heading the source does not give is a
 * neutral "Part N", marked for review: a heading is an editor's call, never a guess at the news.
 */
export function proposeSections(paragraphs: readonly SourceParagraph[]): ProposedSection[] {
  const groups: { heading?: string; paragraphs: string[] }[] = [];
  const crossheaded = paragraphs.some((p) => p.crosshead !== undefined);
  paragraphs.forEach((paragraph, i) => {
    const opens = crossheaded ? paragraph.crosshead !== undefined || i === 0 : i % PARAGRAPHS_PER_SECTION === 0;
    if (opens)
      groups.push(
        paragraph.crosshead === undefined ? { paragraphs: [] } : { heading: paragraph.crosshead, paragraphs: [] },
      );
    groups.at(-1)?.paragraphs.push(paragraph.text);
  });
  const slugger = new GithubSlugger();
  const used = new Set<string>();
  return groups.map((group, i) => {
    // Two crossheads with the same words (rare) would give two sections one heading.
    const heading = group.heading !== undefined && !used.has(group.heading) ? group.heading : `Part ${i + 1}`;
    used.add(heading);
    // A crosshead without letters or digits ("* * *") has no id to give.
    const slug = slugger.slug(heading).slice(0, 50).replace(/-+$/u, '') || `part-${i + 1}`;
    // "Timeline" or "Notes" as a crosshead would take the id of a part of the page itself.
    const id = isPageOwnId(slug) ? `${slug}-section` : slug;
    const review =
      heading === group.heading
        ? undefined
        : 'The source has no crosshead here: write a heading for this section (and an id to match)';
    return { id, heading, paragraphs: group.paragraphs, ...(review ? { review } : {}) };
  });
}

/**
 * What the import proposes for a story, before it is written out as a draft. Every guess the import
 * is unsure of carries `review`: a sentence for the editor saying what to check. The draft keeps it
 * as the entry's `review` field, which `npm run check` lists as a warning while the story is a draft
 * and refuses once it is published.
 */

/** One paragraph of the reporter's text, verbatim, with the crosshead above it when the source has one. */
export interface SourceParagraph {
  readonly text: string;
  /** A crosshead ("subheading") that stands right before this paragraph in the source. */
  readonly crosshead?: string;
}

export type ActorKind = 'person' | 'organisation' | 'country' | 'group' | 'unnamed-source';

export interface ProposedActor {
  /** A slug: the surname for a person ("waltz"), the name slugged otherwise ("united-states"). */
  readonly id: string;
  readonly name: string;
  /** Every other form the prose uses for the actor ("Mike Waltz", "Waltz", "National Security Adviser Mike Waltz"). */
  readonly aliases: readonly string[];
  readonly kind: ActorKind;
  /** From an apposition or a title before the name; otherwise a placeholder with `review` set. */
  readonly role: string;
  readonly review?: string;
  /** Set when the actor is a person or body of the site's registry (content/people): written by id alone. */
  readonly registered?: boolean;
}

export interface ProposedQuote {
  readonly id: string;
  /** Actor id of the speaker, or undefined when no speaker could be guessed (then `review` says so). */
  readonly speaker?: string;
  /** Actor id of the one who relayed the words, for a quotation inside another speaker's quotation. */
  readonly quotedBy?: string;
  /** Exactly the words between the marks, as the prose has them (a closing comma left out). */
  readonly text: string;
  /** "Told the BBC", "In a televised address"; undefined when the text gives none. */
  readonly setting?: string;
  /** True for a full sentence (or more), worth showing as a callout. */
  readonly callout: boolean;
  readonly review?: string;
}

export interface ProposedUnattributed {
  /** The words between the marks, as the prose has them. */
  readonly text: string;
  /** Why these marks do not mark anyone's words: "scare quotes", "a term", "a title". */
  readonly reason: string;
  readonly review?: string;
}

/** The phrase to mark in the prose, alone when it stands once, else with a longer passage around it. */
export type ProposedMention = string | { readonly phrase: string; readonly in: string };

export interface ProposedEvent {
  readonly id: string;
  /** As a story writes it: "2022", "2025-03", "2025-W11", "2025-03-05" or "2025-03-03/2025-03-04". */
  readonly date: string;
  /** How the date was worked out from the text and the publication day, in a reader's words. */
  readonly dateBasis: string;
  readonly title: string;
  readonly mention: ProposedMention;
  readonly status: 'happened' | 'expected';
  /** Actor ids named in the sentence that holds the date. */
  readonly actors: readonly string[];
  readonly review?: string;
}

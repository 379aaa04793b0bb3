/**
 * The story `npm run new` writes: every field of the story schema, each with a comment saying whether
 * it is required, what it is for and an example (most from the first story). Required fields hold
 * placeholders; optional fields that could only be filled by inventing content are commented out.
 * The placeholder section and actor carry `review` marks, so `npm run check` keeps listing what is
 * still to write, and refuses to let the scaffold be published (`draft: false`) until they are gone.
 */

/** The review mark of the story as a whole: its title, dek, key points and source are placeholders. */
export const STORY_REVIEW = 'Placeholders: write the title, dek, published date, source and key points';
/** The review mark of the placeholder section. */
export const SECTION_REVIEW = 'Placeholder: write the heading (here and as ## in the prose) and the id';
/** The review mark of the placeholder actor. */
export const ACTOR_REVIEW = 'Placeholder: write the actor’s id, name, aliases, kind and role';

/** The scaffold's text; `published` is the day it is made ("2025-03-05"), to be corrected if need be. */
export function storyScaffold(published: string): string {
  return `---
# A new explainer, made by \`npm run new\`. Every field a story may have is below, with a comment:
# required or optional, what it is for, and an example (most from the first story). Replace each
# placeholder. To use an optional field that is commented out, delete the "# " before it (and
# before each line of its block). \`npm run check\` lists the review marks still to settle.

# Required. The headline, at most 200 characters. e.g. "US pauses intelligence sharing with Ukraine"
title: "Write the headline here"
# Required. The standfirst under the headline: one sentence, at most 500 characters.
# e.g. "Washington has suspended intelligence sharing with Kyiv, days after halting military aid."
dek: "Write the standfirst here: one sentence that says what happened and why it matters."
# Required. The day the explainer is published, in quotes: "2025-03-05", or a time with its
# UTC offset, "2025-03-05T18:30:00+00:00". Set to the day this scaffold was made.
published: "${published}"
# Optional. When the explainer was last changed, in the same form, never before published.
# updated: "2025-03-06"
# Optional. How the publication date was worked out, when the source gives none.
# publishedBasis: "The report gives no date; it puts Waltz’s confirmation “on Wednesday”, 5 March."
# Optional. What is still to check in the story as a whole (title, dek, key points, source). Here
# and on any entry of a list below, a review mark is a warning in a draft, refused once published.
review: "${STORY_REVIEW}"
# Optional, false unless set. A draft is checked but left out of the build, and its review marks are
# warnings. Delete this line (or write false) to publish: the check then refuses any review mark.
draft: true
# Optional, en-GB unless set. The language of the story, as a tag such as "en-GB" or "fr".
lang: en-GB
# Optional. Up to 20 topics. e.g. ["Ukraine", "United States", "Intelligence"]
tags: []
# Required. The original reporting the explainer is based on.
source:
  # Required. Who published it. e.g. "Reuters"
  name: "Write the source’s name here"
  # Optional. The web address of the reporting, written out in full with https://.
  # url: "https://www.example.com/world/us-pauses-intelligence-sharing"
# Optional. Who wrote the explainer.
# byline: "By the explainers desk"
# Optional. The slug of the earlier explainer this one follows on from; the page says "Earlier: …".
# follows: us-pauses-intelligence-sharing-with-ukraine
# Required. One to five one-sentence takeaways, shown as "At a glance".
# e.g. "The United States has suspended intelligence sharing with Ukraine."
keyPoints:
  - "Write the first key point here: one sentence a reader should take away."
# Required. One entry per ## heading of the prose, in reading order.
sections:
    # Required. A stable slug: the section's anchor and share link. e.g. suspension-confirmed
  - id: first-section
    # Required. The words of its ## heading in the prose. e.g. "Intelligence sharing suspended"
    heading: "First section"
    # Optional. One sentence shown when the section is shared; its first sentence unless set.
    # summary: "Mike Waltz confirmed the suspension of intelligence sharing."
    # Optional. What is still to check in this entry, as at the top.
    # Optional. Ids this entry had before, so links already shared keep working (see docs/authoring.md).
    # formerIds: [old-section-id]
    review: "${SECTION_REVIEW}"
# Required. Everyone the story is about: people, organisations, countries, groups, unnamed sources.
# Someone in the site's registry (content/people/<id>.yaml) is written with their id and this story's
# role only; their name, kind and aliases come from the registry:
#   - id: waltz
#     role: "US National Security Adviser"
actors:
    # Required. A stable slug, used by quotes and timeline to name the actor. e.g. waltz
  - id: first-actor
    # Required, unless the id is registered. The full name, shown on the actor's card. e.g. "Mike Waltz"
    name: "Name of the first actor"
    # Optional. The other forms the prose uses; the first in each section links to the card.
    # e.g. ["National Security Adviser Mike Waltz", "Waltz"]
    aliases: []
    # Required, unless the id is registered. One of: person, organisation, country, group, unnamed-source.
    kind: person
    # Required (for a registered id, the registry's role on the story's date unless set). The actor's
    # role at the time of the story. e.g. "US National Security Adviser"
    role: "Role at the time of the story"
    # Optional. The organisation the actor belongs to.
    # affiliation: "Trump administration"
    # Optional. What is still to check in this entry, as at the top.
    # Optional. Ids this entry had before, so links already shared keep working (see docs/authoring.md).
    # formerIds: [old-actor-id]
    review: "${ACTOR_REVIEW}"
# Optional. Every quotation in the prose, credited to its speaker. Replace [] with entries:
quotes: []
#     # Required. A stable slug: the quote's anchor on the page.
#   - id: waltz-step-back
#     # Required. The actor id of the person whose words these are.
#     speaker: waltz
#     # Optional. The actor id of whoever relayed the words, for a quotation inside another's
#     # (Ratcliffe relaying Trump's "Let's pause"):
#     # quotedBy: ratcliffe
#     # Required. Exactly the words between the quotation marks in the prose (no closing comma).
#     text: "We have, we have taken a step back"
#     said:
#       # Optional. When the words were said: "2022", "2025-03", "2025-W11", "2025-03-05" or a span.
#       date: "2025-03-05"
#       # Required. Where or to whom, as the reporting gives it.
#       setting: "Told reporters when asked about the suspension"
#     # Optional. What the words were about, for the quote's card.
#     context: "Asked about the suspension of intelligence sharing with Ukraine."
#     # Optional, false unless set. true shows the quote as a callout after its paragraph.
#     callout: true
#     # Optional. What is still to check in this entry, as at the top.
#     # Optional. Ids this entry had before, so links already shared keep working (see docs/authoring.md).
#     # formerIds: [waltz-stepped-back]
#     # review: "Speaker guessed from a pronoun"
# Optional. Quotation marks in the prose that mark nobody's words (a title, a term, scare quotes).
unattributedQuotations: []
#     # Required. The words between the quotation marks, as the prose has them.
#   - text: "Operation Spiderweb"
#     # Required. Why they are nobody's words.
#     reason: "The name of the operation, not anyone's words"
#     # Optional. What is still to check in this entry, as at the top.
#     # review: "Check it is a name, not anyone’s words"
# Optional. The events of the story, each with a date only as precise as the reporting.
timeline: []
#     # Required. A stable slug: the event's anchor on the page.
#   - id: waltz-confirms-suspension
#     # Required. "2022", "2025-03", "2025-W11", "2025-03-05" or "2025-03-03/2025-03-04", in quotes.
#     date: "2025-03-05"
#     # Optional. How the date was worked out from the reporting, shown to readers.
#     dateBasis: "The report says Waltz confirmed the move “on Wednesday”, the day it dates from."
#     # Required. What happened, in a line.
#     title: "Waltz confirms the suspension of intelligence sharing with Ukraine"
#     # Optional. A sentence more.
#     detail: "Waltz confirmed the suspension when asked by reporters."
#     # Optional. The actor ids of those involved.
#     actors: [waltz, united-states, ukraine]
#     # Optional. The phrase in the prose that refers to the event, found once outside quotations;
#     # a phrase that stands more than once is written { phrase: "on Tuesday", in: "Addressing
#     # Congress on Tuesday" }, with a longer passage around it:
#     mention: "on Wednesday"
#     # mention:
#     #   phrase: "on Tuesday"
#     #   in: "Addressing Congress on Tuesday"
#     # Optional, happened unless set: happened or expected.
#     status: happened
#     # Optional. The same event in another explainer's timeline, so merged timelines show it once:
#     # sameAs:
#     #   story: us-pauses-intelligence-sharing-with-ukraine
#     #   event: military-aid-halted
#     # Optional. What is still to check in this entry, as at the top.
#     # Optional. Ids this entry had before, so links already shared keep working (see docs/authoring.md).
#     # formerIds: [suspension-confirmed]
#     # review: "Day worked out from “on Wednesday”"
# Optional. Explanations attached to the first use of a term in the prose.
notes: []
#     # Required. A stable slug: the note's anchor on the page.
#   - id: nato
#     # Required. The word or phrase of the prose the note explains.
#     term: "NATO"
#     # Required. The explanation.
#     text: "NATO, the North Atlantic Treaty Organization, is a military alliance founded in 1949."
#     # Optional. What is still to check in this entry, as at the top.
#     # Optional. Ids this entry had before, so links already shared keep working (see docs/authoring.md).
#     # formerIds: [nato-alliance]
#     # review: "Founding year to confirm"
# Optional. Updates, corrections and clarifications once the story is published, oldest first; a
# correction is never removed. Replace [] with entries:
changes: []
#     # Required. When: a date and time with its UTC offset.
#   - at: "2025-03-06T09:00:00+00:00"
#     # Required. update, correction or clarification.
#     kind: correction
#     # Required. What changed, as readers will see it.
#     text: "An earlier version of this explainer misquoted Mike Waltz."
#     # Optional. The ids of the sections, quotes, events, actors or notes it concerns.
#     concerns: [waltz-step-back]
---

## First section

Write the story here, in Markdown: paragraphs of prose, with a ## heading for each entry of
sections. Each quotation in the prose needs an entry under quotes, or under unattributedQuotations.
`;
}

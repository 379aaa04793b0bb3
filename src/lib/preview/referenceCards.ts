import type { CardActor, CardEvent, PreviewCardContent } from './content.ts';
import { el, type CardNode, type TextStyle } from './element.ts';
import { cssFontFamily, SANS, SERIF } from './fonts.ts';
import {
  BODY_FOOTER_GAP,
  bodyHeight,
  column,
  COLOURS,
  CONTENT_WIDTH,
  footer,
  frame,
  HEADLINE_MAX_LINES,
  headlineStyles,
  heightOf,
  KICKER_GAP,
  KICKER_HEIGHT,
  kickerBox,
  place,
  placeHeadlineOver,
  placeLargest,
  quoteMark,
  quoteStyles,
  storyLineStyle,
  textBox,
  type Placed,
} from './cardLayout.ts';

// The cards of the page's reference parts: the timeline and one event, who's who and one actor.

const STORY_GAP = 14;
const moreStyle: TextStyle = { fontFamily: SANS, fontSize: 24, fontWeight: 600, lineHeight: 32 };
const MORE_GAP = 12;

/** "and 3 more events": what a list card leaves out, so the card never reads as the whole list. */
const more = (count: number, one: string, many: string): string => `and ${count} more ${count === 1 ? one : many}`;

/** The story's title in a quiet line under the kicker, and the room it leaves for the body. */
async function storyLine(storyTitle: string): Promise<{ node: CardNode | undefined; room: number }> {
  const placed = await place(storyTitle, storyLineStyle, CONTENT_WIDTH, 2);
  return {
    node: placed && textBox(placed, CONTENT_WIDTH, COLOURS.muted, { marginBottom: STORY_GAP }),
    room: bodyHeight() - KICKER_HEIGHT - KICKER_GAP - heightOf(placed) - (placed ? STORY_GAP : 0),
  };
}

/**
 * As many rows of a list as fit in `room`, in order, with a line saying how many more there are.
 * `row` lays one item out and says how tall it is; an item that does not fit ends the list (the
 * first is always shown, shortened to fit).
 */
async function fitRows<T>(
  items: readonly T[],
  room: number,
  row: (item: T, index: number) => Promise<{ node: CardNode; height: number }>,
  moreWords: (count: number) => string,
): Promise<CardNode[]> {
  const nodes: CardNode[] = [];
  let used = 0;
  for (const [index, item] of items.entries()) {
    const left = items.length - index - 1;
    const reserve = left > 0 ? moreStyle.lineHeight + MORE_GAP : 0;
    const laid = await row(item, index);
    if (index > 0 && used + laid.height + reserve > room) break;
    nodes.push(laid.node);
    used += laid.height;
  }
  const hidden = items.length - nodes.length;
  if (hidden > 0) {
    const words = await place(moreWords(hidden), moreStyle, CONTENT_WIDTH, 1);
    if (words) nodes.push(textBox(words, CONTENT_WIDTH, COLOURS.muted, { marginTop: MORE_GAP }));
  }
  return nodes;
}

// The timeline: a date column, a rule with a marker per event (hollow for an expected one), the title.
const DATE_WIDTH = 270;
const MARKER_COLUMN = 44;
const MARKER = 18;
const EVENT_TITLE_WIDTH = CONTENT_WIDTH - DATE_WIDTH - MARKER_COLUMN;
const eventDateStyle: TextStyle = { fontFamily: SANS, fontSize: 24, fontWeight: 600, lineHeight: 32 };
const eventTitleStyle: TextStyle = { fontFamily: SERIF, fontSize: 29, fontWeight: 400, lineHeight: 36 };
const EVENT_GAP = 14;

const eventDate = (event: CardEvent): string => (event.expected ? `Expected · ${event.date}` : event.date);

function marker(expected: boolean, lineBelow: boolean): CardNode {
  return el('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', width: MARKER_COLUMN }, [
    el('div', {
      width: MARKER,
      height: MARKER,
      marginTop: (eventTitleStyle.lineHeight - MARKER) / 2,
      boxSizing: 'border-box',
      borderRadius: MARKER / 2,
      border: `3px solid ${COLOURS.accent}`,
      backgroundColor: expected ? COLOURS.bg : COLOURS.accent,
      flexShrink: 0,
    }),
    // The rule down to the next marker.
    el('div', { width: 2, flexGrow: 1, backgroundColor: lineBelow ? COLOURS.rule : COLOURS.bg }),
  ]);
}

async function eventRow(event: CardEvent, last: boolean): Promise<{ node: CardNode; height: number }> {
  const date = await place(eventDate(event), eventDateStyle, DATE_WIDTH - 16, 2);
  const title = await place(event.title, eventTitleStyle, EVENT_TITLE_WIDTH, 2);
  const height = Math.max(heightOf(date), heightOf(title)) + (last ? 0 : EVENT_GAP);
  const node = el('div', { display: 'flex', width: CONTENT_WIDTH, height }, [
    el(
      'div',
      { display: 'flex', width: DATE_WIDTH, paddingTop: (eventTitleStyle.lineHeight - eventDateStyle.lineHeight) / 2 },
      date ? [textBox(date, DATE_WIDTH - 16, event.expected ? COLOURS.accent : COLOURS.muted)] : [],
    ),
    marker(event.expected, !last),
    column([title && textBox(title, EVENT_TITLE_WIDTH, COLOURS.fg)], EVENT_TITLE_WIDTH),
  ]);
  return { node, height };
}

export async function timelineCard(content: Extract<PreviewCardContent, { kind: 'timeline' }>): Promise<CardNode> {
  const { node: story, room } = await storyLine(content.storyTitle);
  const rows = await fitRows(
    content.events,
    room,
    // The rule runs on below every event but the last one shown; the "more" line closes the list.
    async (event, index) => eventRow(event, index === content.events.length - 1),
    (count) => more(count, 'event', 'events'),
  );
  return frame(column([kickerBox('Explainer · timeline'), story, ...rows]), await footer(content.siteName));
}

const eventWhenStyle: TextStyle = { fontFamily: SANS, fontSize: 34, fontWeight: 700, lineHeight: 42 };
const eventDetailStyle: TextStyle = { fontFamily: SERIF, fontSize: 29, fontWeight: 400, lineHeight: 40 };
const eventHeadlines = headlineStyles([
  [72, 78],
  [64, 70],
  [56, 62],
  [48, 54],
]);

export async function eventCard(content: Extract<PreviewCardContent, { kind: 'event' }>): Promise<CardNode> {
  const WHEN_GAP = 10;
  const DETAIL_GAP = 20;
  const { node: story, room } = await storyLine(content.storyTitle);
  const when = await place(eventDate(content), eventWhenStyle, CONTENT_WIDTH, 1);
  const titleRoom = room - heightOf(when) - WHEN_GAP;
  const [title, detail] =
    content.detail === undefined
      ? [await placeLargest(content.title, eventHeadlines, CONTENT_WIDTH, titleRoom, HEADLINE_MAX_LINES), undefined]
      : await placeHeadlineOver(content.title, content.detail, eventDetailStyle, titleRoom, DETAIL_GAP, eventHeadlines);
  return frame(
    column([
      kickerBox('Explainer · timeline'),
      story,
      when && textBox(when, CONTENT_WIDTH, COLOURS.accent, { marginBottom: WHEN_GAP }),
      title && textBox(title, CONTENT_WIDTH, COLOURS.fg),
      detail && textBox(detail, CONTENT_WIDTH, COLOURS.muted, { marginTop: DETAIL_GAP }),
    ]),
    await footer(content.siteName),
  );
}

/** Initials in a circle, as on the page (dashed and empty for an unnamed source). */
function avatar(actor: CardActor, size: number): CardNode {
  const letters = [...actor.initials].length;
  const fontSize = Math.round(size * (letters > 2 ? 0.28 : 0.38));
  return el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: size,
      height: size,
      borderRadius: size / 2,
      border: `2px ${actor.unnamed ? 'dashed' : 'solid'} ${COLOURS.rule}`,
      backgroundColor: actor.unnamed ? COLOURS.bg : '#f1ede4',
      color: COLOURS.fg,
      fontFamily: cssFontFamily(SANS),
      fontWeight: 700,
      fontSize,
      lineHeight: `${fontSize}px`,
      flexShrink: 0,
    },
    actor.initials,
  );
}

// Who's who: two columns of people, each with their initials, name and role.
const CAST_AVATAR = 56;
const CAST_AVATAR_GAP = 18;
const CAST_COLUMN_GAP = 40;
const CAST_CELL = (CONTENT_WIDTH - CAST_COLUMN_GAP) / 2;
const CAST_TEXT = CAST_CELL - CAST_AVATAR - CAST_AVATAR_GAP;
const castNameStyle: TextStyle = { fontFamily: SANS, fontSize: 26, fontWeight: 700, lineHeight: 32 };
const castRoleStyle: TextStyle = { fontFamily: SANS, fontSize: 21, fontWeight: 400, lineHeight: 28 };
const CAST_ROW_GAP = 22;

async function castCell(actor: CardActor): Promise<{ node: CardNode; height: number }> {
  const name = await place(actor.name, castNameStyle, CAST_TEXT, 1);
  const role = await place(actor.role, castRoleStyle, CAST_TEXT, 2);
  const node = el('div', { display: 'flex', width: CAST_CELL }, [
    avatar(actor, CAST_AVATAR),
    column([name && textBox(name, CAST_TEXT, COLOURS.fg), role && textBox(role, CAST_TEXT, COLOURS.muted)], CAST_TEXT, {
      marginLeft: CAST_AVATAR_GAP,
    }),
  ]);
  return { node, height: Math.max(CAST_AVATAR, heightOf(name) + heightOf(role)) };
}

export async function whosWhoCard(content: Extract<PreviewCardContent, { kind: 'whos-who' }>): Promise<CardNode> {
  const { node: story, room } = await storyLine(content.storyTitle);
  const pairs: CardActor[][] = [];
  for (let i = 0; i < content.actors.length; i += 2) pairs.push(content.actors.slice(i, i + 2));
  const rows = await fitRows(
    pairs,
    room,
    async (pair, index) => {
      const cells = await Promise.all(pair.map(castCell));
      const height = Math.max(...cells.map((c) => c.height)) + (index === pairs.length - 1 ? 0 : CAST_ROW_GAP);
      const node = el(
        'div',
        { display: 'flex', justifyContent: 'space-between', width: CONTENT_WIDTH, height },
        cells.map((c) => c.node),
      );
      return { node, height };
    },
    // Counted in people, not rows.
    (hiddenRows) => {
      return `and ${pairs.slice(-hiddenRows).flat().length} more`;
    },
  );
  return frame(column([kickerBox('Explainer · who’s who'), story, ...rows]), await footer(content.siteName));
}

// One actor: initials, name and role, then one thing they said.
const ACTOR_AVATAR = 104;
const ACTOR_AVATAR_GAP = 32;
const ACTOR_TEXT = CONTENT_WIDTH - ACTOR_AVATAR - ACTOR_AVATAR_GAP;
const actorNameSizes = headlineStyles([
  [72, 78],
  [64, 70],
  [56, 62],
  [48, 54],
]);
const actorRoleStyle: TextStyle = { fontFamily: SANS, fontSize: 28, fontWeight: 400, lineHeight: 36 };
const ACTOR_QUOTE_MARK = 100;
const ACTOR_QUOTE_MARK_COLUMN = 62;
const ACTOR_QUOTE_WIDTH = CONTENT_WIDTH - ACTOR_QUOTE_MARK_COLUMN;
const actorQuoteSizes = quoteStyles([
  [44, 56],
  [40, 52],
  [36, 48],
  [32, 44],
  [28, 38],
]);

export async function actorCard(content: Extract<PreviewCardContent, { kind: 'actor' }>): Promise<CardNode> {
  const QUOTE_GAP = 34;
  const name = await placeLargest(content.name, actorNameSizes, ACTOR_TEXT, 2 * 78, 2);
  const role = await place(content.role, actorRoleStyle, ACTOR_TEXT, 3);
  const head = Math.max(ACTOR_AVATAR, heightOf(name) + heightOf(role));
  const room = bodyHeight() - KICKER_HEIGHT - KICKER_GAP - head - QUOTE_GAP;
  const quote: Placed | undefined =
    content.quote === undefined
      ? undefined
      : await placeLargest(content.quote, actorQuoteSizes, ACTOR_QUOTE_WIDTH, room);
  return frame(
    // The kicker at the top, as on every card; who they are and what they said in the middle of the rest.
    column(
      [
        kickerBox(`${content.section ?? 'Who’s who'} · ${content.kindLabel}`),
        column(
          [
            el('div', { display: 'flex', alignItems: 'center', width: CONTENT_WIDTH, height: head }, [
              avatar(content, ACTOR_AVATAR),
              column(
                [name && textBox(name, ACTOR_TEXT, COLOURS.fg), role && textBox(role, ACTOR_TEXT, COLOURS.muted)],
                ACTOR_TEXT,
                { marginLeft: ACTOR_AVATAR_GAP },
              ),
            ]),
            quote &&
              el('div', { display: 'flex', width: CONTENT_WIDTH, marginTop: QUOTE_GAP }, [
                quoteMark(ACTOR_QUOTE_MARK, ACTOR_QUOTE_MARK_COLUMN),
                textBox(quote, ACTOR_QUOTE_WIDTH, COLOURS.fg),
              ]),
          ],
          CONTENT_WIDTH,
          { flexGrow: 1, justifyContent: 'center', marginBottom: BODY_FOOTER_GAP },
        ),
      ],
      CONTENT_WIDTH,
      { flexGrow: 1 },
    ),
    await footer(content.siteName, content.storyTitle),
  );
}

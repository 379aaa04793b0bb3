import { describe, expect, it } from 'vitest';
import { processStory } from '../../support/processStory';
import { baseStory, storySource } from '../../support/storySource';
import { all, one, parse, text } from '../../support/html';

const prose = [
  '## First',
  '',
  '"We have, we have taken a step back," Waltz told reporters. He added that the administration was reassessing "all aspects of this relationship."',
].join('\n');

const quotes = [
  {
    id: 'step-back',
    speaker: 'waltz',
    text: 'We have, we have taken a step back',
    said: { setting: 'To reporters' },
    callout: true,
  },
  { id: 'all-aspects', speaker: 'waltz', text: 'all aspects of this relationship.', said: { setting: 'To reporters' } },
];

async function run(story = baseStory({ quotes }), body = prose, newline = '\n') {
  return processStory(storySource(story, body, newline));
}

/** Waltz relaying Trump's words: a quotation inside a quotation, each a quote of its own. */
const NESTED_BODY =
  "## First\n\n\"President Trump had a question, and he said, 'Let's pause, I want to think,'\" Waltz said.";
const NESTED = [
  {
    id: 'outer',
    speaker: 'waltz',
    text: "President Trump had a question, and he said, 'Let's pause, I want to think,'",
    said: { setting: 'x' },
  },
  {
    id: 'inner',
    speaker: 'trump',
    quotedBy: 'waltz',
    text: "Let's pause, I want to think",
    said: { setting: 'x' },
  },
];

describe('rehypeQuotes', () => {
  it('anchors a full quote and a partial quote and links each to its speaker', async () => {
    const tree = parse((await run()).html);
    const stepBack = one(tree, '#quote-step-back');
    expect(text(stepBack)).toBe('"We have, we have taken a step back,"');
    expect(stepBack.tagName).toBe('a');
    expect(stepBack.properties['href']).toBe('#actor-waltz');
    expect(text(one(tree, '#quote-all-aspects'))).toBe('"all aspects of this relationship."');
  });

  it('matches curly marks in the prose against straight marks in the frontmatter and the reverse', async () => {
    const curlyProse = prose.replace('"We have, we', '\u201CWe have, we').replace('back,"', 'back,\u201D');
    const curlyQuote = { ...quotes[0]!, text: 'We have, we have taken a step back' };
    const tree = parse((await run(baseStory({ quotes: [curlyQuote, quotes[1]!] }), curlyProse)).html);
    expect(text(one(tree, '#quote-step-back'))).toBe('\u201CWe have, we have taken a step back,\u201D');

    const apostrophe = { ...quotes[1]!, text: 'all aspects of this relationship.' };
    const curlyFrontmatter = { ...quotes[0]!, text: 'We have, we have taken a step back,' };
    const tree2 = parse((await run(baseStory({ quotes: [curlyFrontmatter, apostrophe] }))).html);
    expect(all(tree2, 'a.quote')).toHaveLength(2);
  });

  it('finds quotes in CRLF prose, with line breaks inside the quotation', async () => {
    const wrapped = prose.replace('taken a step', 'taken a\nstep');
    const tree = parse((await run(undefined, wrapped, '\r\n')).html);
    expect(text(one(tree, '#quote-step-back')).replace(/\s+/g, ' ')).toBe('"We have, we have taken a step back,"');
  });

  it('nests a quotation inside another and credits it to its speaker as quoted by the relayer', async () => {
    const tree = parse((await run(baseStory({ quotes: NESTED }), NESTED_BODY)).html);
    const inner = one(tree, '#quote-outer #quote-inner');
    expect(inner.tagName).toBe('span');
    expect(String(inner.properties['title'])).toContain('Donald Trump, as quoted by Mike Waltz');
    expect(text(inner)).toBe("'Let's pause, I want to think,'");
  });

  it('keeps a quote’s former ids as empty elements first inside its words, nested quotes too', async () => {
    const renamed = [{ ...quotes[0]!, id: 'stepped-back', formerIds: ['step-back'] }, quotes[1]!];
    const tree = parse((await run(baseStory({ quotes: renamed }))).html);
    const quote = one(tree, 'a#quote-stepped-back');
    expect(quote.children[0]).toMatchObject({ tagName: 'span', properties: { id: 'quote-step-back' }, children: [] });
    expect(text(quote)).toBe('"We have, we have taken a step back,"');
    // The one former id is the page's one empty element with an id: a quote without former ids gets none.
    expect(all(tree, '[id]:empty').map((e) => e.properties['id'])).toEqual(['quote-step-back']);

    const [outerQuote, innerQuote] = NESTED;
    const nested = [
      { ...outerQuote!, formerIds: ['trump-question'] },
      { ...innerQuote!, formerIds: ['lets-pause'] },
    ];
    const relayed = parse((await run(baseStory({ quotes: nested }), NESTED_BODY)).html);
    expect(one(relayed, '#quote-outer').children[0]).toMatchObject({ properties: { id: 'quote-trump-question' } });
    const inner = one(relayed, '#quote-outer #quote-inner');
    expect(inner.children[0]).toMatchObject({ tagName: 'span', properties: { id: 'quote-lets-pause' }, children: [] });
    expect(text(inner)).toBe("'Let's pause, I want to think,'");
  });

  it('wraps a quotation that spans emphasis without changing the text', async () => {
    const body =
      '## First\n\n"We have, *we have* taken a step back," Waltz said, reassessing "all aspects of this relationship."';
    const { html } = await run(undefined, body);
    const tree = parse(html);
    expect(text(one(tree, '#quote-step-back'))).toBe('"We have, we have taken a step back,"');
    expect(text(one(tree, 'p'))).toBe(
      '"We have, we have taken a step back," Waltz said, reassessing "all aspects of this relationship."',
    );
  });

  it('stops the build when a quote has one word changed, naming the file, the quote and the closest passage', async () => {
    const changed = [{ ...quotes[0]!, text: 'We have, we have taken a big step back' }, quotes[1]!];
    const error = await run(baseStory({ quotes: changed })).then(
      () => undefined,
      (e: unknown) => String(e),
    );
    expect(error).toContain('content/explainers/test-story/index.mdx');
    expect(error).toContain('quotes[0].text');
    expect(error).toContain('"step-back"');
    expect(error).toContain('Closest passage in the prose: "We have, we have taken a step back');
  });

  it('does not accept words that stand in the prose outside quotation marks', async () => {
    const plain = [{ id: 'plain', speaker: 'waltz', text: 'Waltz told reporters', said: { setting: 'x' } }, ...quotes];
    await expect(run(baseStory({ quotes: plain }))).rejects.toThrow(/quote "plain" is not in the prose verbatim/);
  });

  it('stops the build for a quotation in the prose that no quote credits', async () => {
    const body = `${prose} Critics called it "a betrayal" on air.`;
    await expect(run(undefined, body)).rejects.toThrow(/the prose quotes "a betrayal" but no quote in the frontmatter/);
  });

  it('lets a story list a quotation as deliberately unattributed', async () => {
    const body = `${prose} The plan, dubbed "Operation Calm", was dropped.`;
    const story = baseStory({
      quotes,
      unattributedQuotations: [{ text: 'Operation Calm', reason: 'a name, not anyone’s words' }],
    });
    const tree = parse((await run(story, body)).html);
    expect(text(one(tree, '.quotation-optout'))).toBe('"Operation Calm"');
  });

  it('does not mistake apostrophes for quotation marks', async () => {
    const body = `${prose} Ukraine's allies and Trump's team met; it's late.`;
    await expect(run(undefined, body)).resolves.toBeDefined();
  });

  it('leaves Markdown outside content/explainers alone', async () => {
    const { html } = await processStory(storySource(baseStory({ quotes }), prose), {
      path: '/site/src/pages/about.mdx',
    });
    expect(html).not.toContain('quote-step-back');
  });
});

import { describe, expect, it } from 'vitest';
import { proposeSections } from '../../../src/lib/import/sections';
import { readSourceHtml } from '../../../src/lib/import/sourceHtml';
import { isCrosshead, readSourceText } from '../../../src/lib/import/sourceText';

const P1 =
  'The United States has suspended intelligence sharing with Ukraine, further deepening concerns over its commitment to Kyiv.';
const P2 =
  'The move, confirmed by National Security Adviser Mike Waltz on Wednesday, follows the halting of US military aid to Ukraine earlier this week.';
const P3 = '"We have, we have taken a step back," Waltz told reporters when asked about the suspension.';

describe('readSourceText', () => {
  it('splits pasted copy at each line when it has no blank lines, verbatim and in order', () => {
    expect(readSourceText(`${P1}\n${P2}\r\n${P3}\n`)).toEqual({
      paragraphs: [{ text: P1 }, { text: P2 }, { text: P3 }],
    });
  });

  it('splits at blank lines when there are some, joining the lines a paragraph was wrapped in', () => {
    const wrapped = `${P1.replace(' intelligence sharing ', '\nintelligence sharing\n')}\n\n${P2}`;
    expect(readSourceText(wrapped).paragraphs).toEqual([{ text: P1 }, { text: P2 }]);
  });

  it('takes a headline that opens the text, and crossheads before paragraphs', () => {
    const text = `US pauses intelligence sharing with Ukraine\n\n${P1}\n\nAlarm in Europe\n\n${P2}\n\n${P3}`;
    expect(readSourceText(text)).toEqual({
      title: 'US pauses intelligence sharing with Ukraine',
      paragraphs: [{ text: P1 }, { text: P2, crosshead: 'Alarm in Europe' }, { text: P3 }],
    });
  });

  it('does not take a sentence, an attribution or a quotation for a crosshead', () => {
    expect(isCrosshead('Alarm in Europe')).toBe(true);
    expect(isCrosshead('Meanwhile, Trump said:')).toBe(false);
    expect(isCrosshead('"We have taken a step back"')).toBe(false);
    expect(isCrosshead('Waltz told reporters.')).toBe(false);
    expect(isCrosshead('the pause in US support has left European countries scrambling')).toBe(false);
  });
});

describe('readSourceHtml', () => {
  it('takes the article body with Readability: paragraphs and crossheads, not navigation, captions or related links', () => {
    const page = `<!doctype html><html lang="en-gb"><head><title>US pauses intelligence sharing with Ukraine - World News</title>
      <meta property="og:site_name" content="World News"></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
      <main><article><h1>US pauses intelligence sharing with Ukraine</h1>
      <p class="byline">By Jane Reporter</p>
      <figure><img src="x.jpg" alt=""><figcaption>Mike Waltz at the White House, March 2025</figcaption></figure>
      <p>${P1}</p><p>${P2}</p><h2>Alarm in Europe</h2><p>${P3}</p>
      <p>${P1.replace('Ukraine', 'Kyiv')} It is a long paragraph so that Readability scores it as content.</p>
      </article>
      <aside><h2>Related</h2><ul><li><a href="/a">Another story about something else entirely</a></li></ul></aside></main>
      <footer><p>© World News 2025. All rights reserved.</p></footer></body></html>`;
    const article = readSourceHtml(page);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      P1,
      P2,
      P3,
      `${P1.replace('Ukraine', 'Kyiv')} It is a long paragraph so that Readability scores it as content.`,
    ]);
    expect(article.paragraphs[2]?.crosshead).toBe('Alarm in Europe');
    expect(article.title).toContain('US pauses intelligence sharing with Ukraine');
    expect(article.lang).toBe('en-gb');
  });

  it('finds no paragraphs in a page without an article, and runs none of its scripts', () => {
    const page = '<html><body><script>globalThis.ran = true</script><nav><a href="/">Home</a></nav></body></html>';
    expect(readSourceHtml(page).paragraphs).toEqual([]);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });
});

describe('proposeSections', () => {
  it('makes one section per crosshead, the text before the first in a "Part 1" marked for review', () => {
    const sections = proposeSections([{ text: P1 }, { text: P2, crosshead: 'Alarm in Europe' }, { text: P3 }]);
    expect(
      sections.map(({ id, heading, paragraphs, review }) => [id, heading, paragraphs.length, review !== undefined]),
    ).toEqual([
      ['part-1', 'Part 1', 1, true],
      ['alarm-in-europe', 'Alarm in Europe', 2, false],
    ]);
  });

  it("groups four paragraphs a section without crossheads, and keeps ids off the page's own", () => {
    const nine = Array.from({ length: 9 }, (_, i) => ({ text: `Paragraph ${i + 1}.` }));
    expect(proposeSections(nine).map((s) => s.paragraphs.length)).toEqual([4, 4, 1]);
    const own = proposeSections([{ text: P1, crosshead: 'Timeline' }]);
    expect(own[0]?.id).toBe('timeline-section');
  });
});

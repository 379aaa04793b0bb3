import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { excerptNodes, excerptParts } from '../../../src/scripts/searchExcerpt';

// Excerpts written as Pagefind writes them: the page's words, `<` and `>` as `&lt;` and `&gt;`, each
// matching word in <mark>. The words are the seed report's (us-pauses-intelligence-sharing-with-ukraine).

/** A paragraph holding the excerpt's nodes, as the search page shows it. */
function rendered(excerpt: string): HTMLParagraphElement {
  const { document } = parseHTML('<!doctype html><html><body><p></p></body></html>');
  const paragraph = document.querySelector('p') as HTMLParagraphElement;
  paragraph.append(...excerptNodes(excerpt, document as unknown as Document));
  return paragraph;
}

describe('excerptParts', () => {
  it('splits an excerpt into its text and its marked matches', () => {
    const excerpt =
      'The move, confirmed by National Security Adviser Mike <mark>Waltz</mark> on Wednesday, follows the halting of US military aid';
    expect(excerptParts(excerpt)).toEqual([
      { text: 'The move, confirmed by National Security Adviser Mike ', marked: false },
      { text: 'Waltz', marked: true },
      { text: ' on Wednesday, follows the halting of US military aid', marked: false },
    ]);
  });

  it('keeps each of several matches, with the punctuation Pagefind marks with a word', () => {
    const excerpt = '<mark>"We</mark> have, we have taken a step <mark>back,"</mark> Waltz told reporters';
    expect(excerptParts(excerpt)).toEqual([
      { text: '"We', marked: true },
      { text: ' have, we have taken a step ', marked: false },
      { text: 'back,"', marked: true },
      { text: ' Waltz told reporters', marked: false },
    ]);
  });

  it('gives back the < and > Pagefind escaped, as text', () => {
    const excerpt = 'a page that quotes &lt;script&gt;alert(1)&lt;/script&gt; by <mark>Ratcliffe</mark>';
    expect(excerptParts(excerpt)).toEqual([
      { text: 'a page that quotes <script>alert(1)</script> by ', marked: false },
      { text: 'Ratcliffe', marked: true },
    ]);
  });

  it('an excerpt with no match is one run of text; an empty one is nothing', () => {
    expect(excerptParts('CIA Director John Ratcliffe, speaking to Fox Business')).toEqual([
      { text: 'CIA Director John Ratcliffe, speaking to Fox Business', marked: false },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('excerptNodes', () => {
  it('shows the matches as <mark> elements and everything else as text', () => {
    const paragraph = rendered(
      'French President Emmanuel <mark>Macron</mark> calling an urgent meeting of European military chiefs',
    );
    expect([...paragraph.children].map((child) => child.tagName)).toEqual(['MARK']);
    expect(paragraph.querySelector('mark')?.textContent).toBe('Macron');
    expect(paragraph.textContent).toBe(
      'French President Emmanuel Macron calling an urgent meeting of European military chiefs',
    );
  });

  it('writes hostile text as text: no element but the marks, whatever the page said', () => {
    const hostile =
      'Waltz said &lt;img src=x onerror=alert(1)&gt; and &lt;mark&gt;fake&lt;/mark&gt; &amp; ' +
      '<b>raw</b> <mark>Waltz</mark><img src=x onerror=alert(2)>';
    const paragraph = rendered(hostile);
    expect([...paragraph.querySelectorAll('*')].map((element) => element.tagName)).toEqual(['MARK']);
    expect(paragraph.querySelector('mark')?.textContent).toBe('Waltz');
    expect(paragraph.textContent).toBe(
      'Waltz said <img src=x onerror=alert(1)> and <mark>fake</mark> &amp; <b>raw</b> Waltz<img src=x onerror=alert(2)>',
    );
    // Serialised again, every bracket of the page's text is escaped: it could not become markup.
    expect(paragraph.innerHTML).not.toMatch(/<(?!\/?mark>)/);
  });

  it('a mark left open runs to the end; a stray closing tag is dropped', () => {
    const paragraph = rendered('the pause will go away</mark>, <mark>Ratcliffe said');
    expect([...paragraph.children].map((child) => child.textContent)).toEqual(['Ratcliffe said']);
    expect(paragraph.textContent).toBe('the pause will go away, Ratcliffe said');
  });
});

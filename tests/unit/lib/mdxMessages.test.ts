import { describe, expect, it } from 'vitest';
import { mdxSyntaxProblem } from '../../../src/lib/story/mdxMessages';
import { parseProse } from '../../../src/lib/story/storyMarkdown';

/**
 * The message for prose MDX cannot read, as the MDX parser of the build throws it. The sentences are
 * real reporting (the seed article; a Met Office post and wire copy on a cold night in the UK) with
 * the shorthand or markup an editor might type into them.
 */
function problemOf(prose: string) {
  let thrown: unknown;
  try {
    parseProse(prose);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'the MDX parser refuses it').toBeDefined();
  return mdxSyntaxProblem(thrown, prose);
}

describe('mdxSyntaxProblem', () => {
  it('says that a "<" before a digit starts a tag, at the "<"', () => {
    const problem = problemOf('Temperatures in London fell <0C, while in parts of Oxfordshire it dropped further.');
    expect(problem).toEqual({
      field: '(prose)',
      message: 'is not valid MDX: a "<" followed by a digit ("<0C") is read as the start of a tag',
      fix: 'write the "<" as &lt;, or in words ("under", "fewer than")',
      at: { line: 1, column: 29 },
    });
  });

  it('says the same of a "<" before "=" and before punctuation', () => {
    expect(problemOf('Temperatures have generally fallen to <=-5C across much of the UK.')).toMatchObject({
      message: 'is not valid MDX: a "<" followed by "=" ("<=-5C") is read as the start of a tag',
      at: { line: 1, column: 39 },
    });
    expect(
      problemOf(
        'It had probably been the coldest night in England since December 2010, with temperatures widely <-10C.',
      ),
    ).toMatchObject({
      message: 'is not valid MDX: a "<" followed by "-" ("<-10C") is read as the start of a tag',
      at: { line: 1, column: 97 },
    });
  });

  it('points at a "{" that is never closed, not at the end of the story where the parser stops', () => {
    const prose = [
      'The move, confirmed by National Security Adviser Mike Waltz on Wednesday, follows the halting of `{aid}`.',
      '',
      '"We have, we have taken a step back," Waltz told reporters {when asked about the suspension.',
      '',
      'He added that the administration was reassessing "all aspects of this relationship."',
    ].join('\n');
    expect(problemOf(prose)).toMatchObject({
      message: 'is not valid MDX: this "{" is never closed, so MDX reads the rest of the story as code',
      at: { line: 3, column: 60 },
    });
  });

  it('says that braces around words are read as code', () => {
    const problem = problemOf(
      'He added that the administration was reassessing {…} "all aspects of this relationship."',
    );
    expect(problem.message).toBe('is not valid MDX: a "{" starts code in MDX, and "{…}" is not code');
    expect(problem.fix).toContain('[sic]');
    expect(problem.at).toEqual({ line: 1, column: 50 });
  });

  it('names a tag that is never closed, and one closed that was never opened', () => {
    expect(
      problemOf('Mick Mulroy warned that cutting off intelligence would have <b>an immediate impact.'),
    ).toMatchObject({
      message: 'is not valid MDX: "<b>" is read as a tag, and it is never closed',
      at: { line: 1, column: 61 },
    });
    expect(
      problemOf('CIA Director John Ratcliffe</b>, speaking to Fox Business, indicated that the pause was linked.'),
    ).toMatchObject({
      message: 'is not valid MDX: "</b>" closes a tag that was never opened',
      at: { line: 1, column: 28 },
    });
  });

  it('names a closing tag that does not match the open one, at the closing tag', () => {
    expect(
      problemOf('CIA Director John Ratcliffe, speaking to <i>Fox Business</b>, indicated that the pause was linked.'),
    ).toMatchObject({
      message: 'is not valid MDX: the closing tag </b> does not match the tag <i> opened before it',
      at: { line: 1, column: 57 },
    });
  });

  it('says that an address between "<" and ">" is not a link', () => {
    const problem = problemOf(
      '"There is no way to replace the capabilities," Mulroy told the BBC <https://www.bbc.co.uk/news>.',
    );
    expect(problem.message).toContain('an address between "<" and ">" is read as a tag, not a link');
    expect(problem.fix).toContain('remove the angle brackets');
    expect(problem.at).toEqual({ line: 1, column: 68 });
  });

  it('says that an HTML comment is not MDX, and how to leave an editor’s comment', () => {
    const problem = problemOf(
      'Addressing Congress on Tuesday, he said Kyiv had agreed. <!-- check the day of the address -->',
    );
    expect(problem.message).toBe('is not valid MDX: an HTML comment ("<!-- … -->") is not allowed in MDX');
    expect(problem.fix).toContain('{/* … */}');
    expect(problem.at).toEqual({ line: 1, column: 58 });
  });

  it('keeps the parser’s words, and its place, for a reason it does not know', () => {
    const prose = '"It’s time to end this senseless war," Trump said <b>the pause</b';
    const problem = problemOf(prose);
    expect(problem.message).toMatch(/^is not valid MDX: Unexpected end of file in name/);
    expect(problem.fix).toBe('write a literal { or < as \\{ or \\<, and close every tag you open');
    expect(problem.at).toEqual({ line: 1, column: prose.length + 1 });
  });

  it('finds the open "{" past many code spans in one pass', () => {
    const prose = `${'`{` '.repeat(40_000)}Waltz told reporters {when asked.`;
    let thrown: unknown;
    try {
      parseProse(prose);
    } catch (error) {
      thrown = error;
    }
    const start = performance.now();
    const problem = mdxSyntaxProblem(thrown, prose);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(problem.at).toEqual({ line: 1, column: 160_022 });
  });
});

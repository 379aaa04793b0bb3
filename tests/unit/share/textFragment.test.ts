import { describe, expect, it } from 'vitest';
import { textFragment } from '../../../src/lib/share/textFragment';

const prose = [
  '"We have, we have taken a step back," Waltz told reporters.',
  'Mulroy warned that cutting off intelligence would have "an immediate impact" on Ukraine’s defence.',
  '“I think on the military front and the intelligence front, the pause will go away,” Ratcliffe said.',
];

/** What a browser reads from the directive: the decoded parts between the commas. */
const parts = (fragment: string): string[] => fragment.replace('#:~:text=', '').split(',').map(decodeURIComponent);

describe('textFragment', () => {
  it('addresses a short quote by its words, without the quotation marks or closing comma', () => {
    expect(parts(textFragment('We have, we have taken a step back', prose)!)).toEqual([
      'We have, we have taken a step back',
    ]);
  });

  it('encodes the directive characters , - and & inside the words', () => {
    const fragment = textFragment('We have, we have taken a step back', prose)!;
    expect(fragment).toBe('#:~:text=We%20have%2C%20we%20have%20taken%20a%20step%20back');
    const dashed = textFragment('confidence-building measures', ['He spoke of "confidence-building measures" then.'])!;
    expect(dashed).toContain('confidence%2Dbuilding');
  });

  it('addresses a long quote by its first and last words, as the original page writes them', () => {
    expect(
      parts(textFragment('I think on the military front and the intelligence front, the pause will go away', prose)!),
    ).toEqual(['I think on the military', 'the pause will go away']);
  });

  it('adds the words before and after when the quote alone would be ambiguous', () => {
    const repeated = [...prose, 'Critics said there would be "an immediate impact" on talks.'];
    const fragment = textFragment('an immediate impact', repeated)!;
    const directive = fragment.replace('#:~:text=', '').split(',');
    expect(decodeURIComponent(directive[0]!)).toBe('intelligence would have-');
    expect(decodeURIComponent(directive[1]!)).toBe('an immediate impact');
    expect(decodeURIComponent(directive[2]!)).toBe('-on Ukraine’s defence');
  });

  it('adds no prefix or suffix when the quote is unique', () => {
    expect(parts(textFragment('an immediate impact', prose)!)).toEqual(['an immediate impact']);
  });

  it('gives nothing for a quote that is not in the prose', () => {
    expect(textFragment('words never said', prose)).toBeUndefined();
  });
});

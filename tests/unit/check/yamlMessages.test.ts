import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitStory } from '../../../src/check/storyFile';
import { misalignedLine, YAML_FIX, yamlSyntaxProblems } from '../../../src/check/yamlMessages';
import { REPO } from './catalogue';

/**
 * The messages for frontmatter lines as an editor might mistype them, on the first story's own
 * fields (its actors, quotes and key points, from the seed article). The YAML text starts on line 2
 * of the file, after the opening "---".
 */
const problemsOf = (...lines: string[]) => {
  const yaml = lines.join('\n');
  const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  expect(document.errors.length, 'the YAML parser refuses it').toBeGreaterThan(0);
  return yamlSyntaxProblems(document, yaml, 2).map(({ line, column, message, fix }) => ({
    line,
    column,
    message,
    fix,
  }));
};

const WALTZ = [
  'actors:',
  '  - id: waltz',
  '    name: "Mike Waltz"',
  '    aliases: ["National Security Adviser Mike Waltz", "Waltz"]',
  '    kind: person',
  '    role: "US National Security Adviser"',
];

describe('yamlSyntaxProblems', () => {
  it('points at a field indented further than the one above it, not at the line the parser blames', () => {
    const [problem, ...rest] = problemsOf(...WALTZ.slice(0, 3), '     aliases: ["Waltz"]', ...WALTZ.slice(4));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      line: 5,
      column: 6,
      message:
        'is not valid YAML: this line is indented more than "name" on line 4, which already has its value, so nothing can go under it',
      fix: 'line it up with "name" on line 4 (4 spaces before it)',
    });
  });

  it('says which two lines a field sits between when it is indented less than its group', () => {
    const [problem] = problemsOf(...WALTZ.slice(0, 5), '   role: "US National Security Adviser"');
    expect(problem).toMatchObject({
      line: 7,
      column: 4,
      message: expect.stringContaining('indented less than "kind" on line 6 and more than the "-" on line 3'),
      fix: 'line it up with "kind" on line 6 (4 spaces before it)',
    });
  });

  it('finds a field written at the depth of the "-" of its list item', () => {
    const [problem] = problemsOf(...WALTZ.slice(0, 5), '  role: "US National Security Adviser"');
    expect(problem?.line).toBe(7);
    expect(problem?.message).toContain(
      'stands at the depth of the "-" items of the list above (line 3) but has no "-"',
    );
  });

  it('finds a list item out of line with the items above it, either way', () => {
    const tags = ['tags:', '  - "Ukraine"', '  - "United States"'];
    expect(problemsOf(...tags, '   - "Russia-Ukraine war"')[0]).toMatchObject({
      line: 5,
      column: 4,
      message: 'is not valid YAML: this list item is indented more than the items of the same list above it (line 4)',
    });
    expect(problemsOf(...tags, ' - "Russia-Ukraine war"')[0]).toMatchObject({
      line: 5,
      column: 2,
      message: 'is not valid YAML: this list item is indented less than the items of the same list above it (line 4)',
    });
  });

  it('finds a list left at the depth of the item it belongs to', () => {
    const problems = problemsOf(
      'timeline:',
      '  - id: intelligence-paused',
      '    title: "The US pauses intelligence sharing with Ukraine"',
      '    actors:',
      '  - waltz',
      '    mention: "on Wednesday"',
    );
    expect(problems[0]).toMatchObject({
      line: 6,
      column: 3,
      message: expect.stringContaining('indented no more than "actors:" on line 5'),
    });
  });

  it('names a tab used for indentation', () => {
    expect(problemsOf(...WALTZ.slice(0, 4), '\tkind: person')[0]).toMatchObject({
      line: 6,
      column: 1,
      message: 'is not valid YAML: this line is indented with a tab; YAML indents with spaces only',
    });
  });

  it('names a missing space after a field name, with the line as it should be', () => {
    expect(problemsOf(...WALTZ.slice(0, 4), '    kind:person', WALTZ[5]!)[0]).toMatchObject({
      line: 6,
      message: expect.stringContaining('a space is missing after "kind:"'),
      fix: 'write kind: person',
    });
  });

  it('says where a quotation mark opened that is never closed', () => {
    const problems = problemsOf(
      'quotes:',
      '  - id: waltz-step-back',
      '    speaker: waltz',
      "    text: 'We have, we have taken a step back",
      '    said:',
      '      setting: "Speaking to reporters"',
    );
    expect(problems).toEqual([
      {
        line: 5,
        column: 11,
        message: "is not valid YAML: the quotation mark ' opened on line 5 is never closed",
        fix: "end the text with ' on the same line",
      },
    ]);
  });

  it('sees a quotation inside a quoted text as the end of the text', () => {
    const [problem] = problemsOf(
      'keyPoints:',
      '  - "Waltz said the administration was reassessing "all aspects of this relationship.""',
    );
    expect(problem).toMatchObject({ line: 3, column: 52 });
    expect(problem?.message).toContain('the quotation mark at column 52 ends the text in quotes');
    expect(problem?.fix).toContain('\\"');
  });

  it('sees an apostrophe inside single quotes as the end of the text', () => {
    const [problem] = problemsOf("role: 'President Trump's national security adviser'");
    expect(problem).toMatchObject({ line: 2, column: 23 });
    expect(problem?.message).toContain('the apostrophe at column 23 ends the text in single quotes');
  });

  it('sees ": " inside an unquoted text as the start of another field', () => {
    const [problem] = problemsOf('    setting: Speaking to Fox Business: the pause is linked to peace talks');
    expect(problem).toMatchObject({
      line: 2,
      column: 14,
      message: expect.stringContaining('the text after "setting:" contains ": " (a colon and a space)'),
      fix: expect.stringContaining('put the whole text in double quotes: setting: "Speaking to Fox Business'),
    });
  });

  it('says where a list in brackets opened that is never closed', () => {
    const [problem] = problemsOf(
      ...WALTZ.slice(0, 3),
      '    aliases: ["National Security Adviser Mike Waltz", "Waltz"',
      ...WALTZ.slice(4),
    );
    expect(problem).toMatchObject({
      line: 5,
      column: 14,
      message: 'is not valid YAML: the list opened with "[" on line 5 is never closed with "]"',
    });
  });

  it('finds a quoted text wrapped onto a line that is not indented', () => {
    const [problem] = problemsOf(
      'dek: "Washington has suspended intelligence sharing with Kyiv, days after halting',
      'military aid, as President Donald Trump’s administration pushes for peace talks with Russia."',
    );
    expect(problem).toMatchObject({ line: 3, column: 1 });
    expect(problem?.message).toContain('this line goes on with the text in quotes opened on line 2');
  });

  it('gives the line of the first of two fields of the same name', () => {
    expect(
      problemsOf('title: "US pauses intelligence sharing with Ukraine"', 'dek: "Washington"', 'title: "Again"'),
    ).toEqual([
      {
        line: 4,
        column: 1,
        message: 'is not valid YAML: the field "title" is written twice in the same group: first on line 2',
        fix: 'keep one of them',
      },
    ]);
  });

  it('keeps the parser’s own words for an error it does not know', () => {
    // An alias (*name) followed by more text: nothing an editor's usual slip explains.
    const [problem] = problemsOf('role: *adviser of the US');
    expect(problem).toEqual({
      line: 2,
      column: 16,
      message: 'is not valid YAML: Unexpected scalar at node end',
      fix: YAML_FIX,
    });
  });
});

describe('misalignedLine', () => {
  it('finds nothing out of line in valid frontmatter, whatever line the search starts from', () => {
    const story = readFileSync(
      path.join(REPO, 'content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx'),
      'utf8',
    );
    const yaml = splitStory(story)?.yaml ?? '';
    const lines = yaml.split('\n').length;
    expect(lines).toBeGreaterThan(100);
    const found = Array.from({ length: lines }, (_, line) => misalignedLine(yaml, line)).filter(Boolean);
    expect(found).toEqual([]);
  });

  it('reads block texts, texts in quotes and lists in brackets over several lines as one value', () => {
    const yaml = [
      'dek: >-',
      '  Washington has suspended intelligence sharing',
      '  with Kyiv.',
      'publishedBasis: "The report gives no date. It places',
      '  President Trump’s address to Congress “on Tuesday”."',
      'tags: ["Ukraine",',
      '  "United States"]',
      'keyPoints:',
      '- The United States has suspended intelligence sharing',
      '  with Ukraine.',
      'source:',
      '  name: "A news report"',
    ].join('\n');
    expect(parseDocument(yaml).errors).toEqual([]);
    expect(Array.from({ length: 12 }, (_, line) => misalignedLine(yaml, line)).filter(Boolean)).toEqual([]);
  });
});

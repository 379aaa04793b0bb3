import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { DOMParser } from 'linkedom';
import satori from 'satori';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_NAME } from '../../src/lib/present/site';
import { documentTitle } from '../../src/lib/site/meta';
import { sharePreview, storyPreview } from '../../src/lib/preview/content';
import { previewFonts } from '../../src/lib/preview/fonts';
import { CARD_HEIGHT, CARD_WIDTH, previewCard } from '../../src/lib/preview/previewCard';
import { shareTargets, type ShareTarget } from '../../src/lib/share/shareTargets';
import type { Story } from '../../src/lib/story/schema';
import { parseStory } from '../../src/lib/story/parseStory';
import { readPeopleFolder } from '../../src/check/peopleFolder';
import { normalise } from '../../src/lib/text/normalise';
import { FIRST_STORY } from '../support/buildCopy';
import { buildSiteWithStories, TEST_SITE_URL, type SiteBuild } from '../support/buildSite';
import { processStory } from '../support/processStory';

/**
 * "Odd but valid" stories (tests/fixtures/valid/<slug>/index.mdx): each is a story an editor could
 * really write, in a form the happy path never meets (CRLF, a byte order mark, mixed quotation marks,
 * non-Latin scripts, 100 KB of prose, no timeline, HTML-like text everywhere). One real `astro build`
 * of a copy of the site holds them all beside the first story; every page is then read back as a tree.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/valid');
const REAL = path.basename(path.dirname(FIRST_STORY));
const SLUGS = (await readdir(FIXTURES, { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let build: SiteBuild;
/** Each fixture as the build read it: the validated frontmatter and the body. */
const stories = new Map<string, { story: Story; body: string; source: string }>();

/** Git may normalise the CRLF fixture to LF on commit or checkout (see the report); the build gets CRLF either way. */
async function keepCrlf(dir: string): Promise<void> {
  const file = path.join(dir, 'content/explainers/crlf-line-endings/index.mdx');
  const source = await readFile(file, 'utf8');
  await writeFile(file, source.replace(/\r?\n/gu, '\r\n'));
}

beforeAll(async () => {
  build = await buildSiteWithStories({ stories: SLUGS.map((slug) => path.join(FIXTURES, slug)), prepare: keepCrlf });
  console.info(`oddStories: astro build of ${SLUGS.length + 1} stories took ${(build.durationMs / 1000).toFixed(1)} s`);
  for (const slug of [REAL, ...SLUGS]) {
    const source = await readFile(path.join(build.dir, 'content/explainers', slug, 'index.mdx'), 'utf8');
    const { frontmatter, content } = parseFrontmatter(source.replace(/^\uFEFF/u, ''));
    const parsed = parseStory(frontmatter, readPeopleFolder(path.join(build.dir, 'content/people')).people);
    if (!parsed.ok) throw new Error(`${slug}: ${JSON.stringify(parsed.problems)}`);
    stories.set(slug, { story: parsed.story, body: content, source });
  }
}, 180_000);

afterAll(async () => {
  await build?.cleanup();
});

// ---------------------------------------------------------------------------------------------------
// Reading what was built

function fixture(slug: string): { story: Story; body: string; source: string } {
  const found = stories.get(slug);
  if (!found) throw new Error(`no story ${slug}`);
  return found;
}

const distFile = (sitePath: string): string => path.join(build.dist, ...sitePath.split('/').filter(Boolean));

async function readDist(sitePath: string): Promise<string> {
  if (!build.ok) throw new Error('the build failed, so there is nothing to read: see the first test for its output');
  return readFile(distFile(sitePath), 'utf8');
}

async function page(sitePath: string): Promise<Root> {
  return fromHtml(await readDist(sitePath));
}

const explainer = (slug: string, file = 'index.html'): Promise<Root> => page(`/explainers/${slug}/${file}`);

function one(tree: Root | Element, selector: string): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
const all = (tree: Root | Element, selector: string): Element[] => selectAll(selector, tree);
const text = (node: Root | Element): string => toString(node);
const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const attr = (el: Element, name: string): string => String(el.properties[name] ?? '');

/** The words of an anchored quotation: its opening and closing marks and the comma before the closing one removed. */
const quoteWords = (el: Element): string =>
  squash(text(el))
    .slice(1, -1)
    .replace(/[,.;:!?]$/u, '');
/** The words of a frontmatter quote in the same form, marks folded as the build compares them. */
const sameWords = (quote: string): string => normalise(squash(quote).replace(/[,.;:!?]$/u, ''));
/**
 * Text as written, whatever the quotation marks: the page shows typographic marks where a story has
 * straight ones (“ ” ‘ ’ for " '), so a field is compared with what the page shows with marks folded.
 */
const asWritten = (shown: string): string => normalise(shown);

/** The words a share page is about: what its heading shows and its title starts with. */
function wordsOf(target: ShareTarget): string {
  switch (target.kind) {
    case 'section':
      return target.heading;
    case 'quote':
      return target.text;
    case 'timeline':
      return 'Timeline';
    case 'event':
      return target.title;
    case 'whos-who':
      return 'Who’s who';
    case 'actor':
      return target.name;
  }
}

/** How a share page's title starts to give the part's words, whole or shortened to fit 90 characters. */
const titleStart = (target: ShareTarget): string => [...wordsOf(target)].slice(0, 20).join('');

function jsonLd(tree: Root): Record<string, unknown> {
  const script = one(tree, 'script[type="application/ld+json"]');
  return JSON.parse(text(script)) as Record<string, unknown>;
}

/** Every in-page reference (href="#…", popovertarget, aria-labelledby) and link to a built file resolves. */
function brokenLinks(tree: Root, pagePath: string): string[] {
  const ids = new Set(all(tree, '[id]').map((el) => attr(el, 'id')));
  const broken: string[] = [];
  const base = new URL(pagePath, TEST_SITE_URL);
  for (const el of all(tree, '[href], [data-share-path]')) {
    for (const value of [attr(el, 'href'), attr(el, 'dataSharePath')].filter(Boolean)) {
      const url = new URL(value, base);
      if (url.origin !== base.origin) continue;
      if (url.pathname === base.pathname) {
        if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(value);
        continue;
      }
      // Served paths are percent-encoded (a topic in Cyrillic); the files in dist/ are not.
      const served = decodeURIComponent(url.pathname);
      const file = served.endsWith('/') ? `${served}index.html` : served;
      if (!existsSync(distFile(file))) broken.push(value);
    }
  }
  for (const el of all(tree, '[popovertarget]')) {
    const target = attr(el, 'popoverTarget') || attr(el, 'popovertarget');
    if (!ids.has(target)) broken.push(`popovertarget ${target}`);
  }
  for (const el of all(tree, '[aria-labelledby]')) {
    const labelledBy = el.properties['ariaLabelledBy'];
    for (const id of Array.isArray(labelledBy) ? labelledBy.map(String) : [String(labelledBy)]) {
      if (!ids.has(id)) broken.push(`aria-labelledby ${id}`);
    }
  }
  return broken;
}

/** Tags that the stories' own text names; none of them may turn into an element. */
const TAGS_IN_TEXT = [
  'img',
  'iframe',
  'marquee',
  'blink',
  'b',
  'i',
  'em',
  'abbr',
  'br',
  'podium',
  'statement',
  'anonymity',
  'who',
  'tuesday',
  'that',
  'reporter',
  'tags',
];

/** Elements and attributes that story text must never produce. */
function injected(tree: Root): string[] {
  const found: string[] = [];
  for (const tag of TAGS_IN_TEXT) if (all(tree, tag).length > 0) found.push(`<${tag}> ×${all(tree, tag).length}`);
  for (const el of all(tree, '*')) {
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/iu.test(name)) found.push(`${el.tagName}[${name}]`);
      if (typeof value === 'string' && /^\s*javascript:/iu.test(value)) found.push(`${el.tagName}[${name}=${value}]`);
    }
  }
  return found;
}

const scriptCount = (tree: Root): number => all(tree, 'script').length;

// ---------------------------------------------------------------------------------------------------

describe('a site with odd but valid stories', () => {
  it('builds, with every fixture beside the real story', () => {
    expect(SLUGS).toEqual([
      'apostrophe-in-quote',
      'byte-order-mark',
      'crlf-line-endings',
      'html-like-text',
      'large-story',
      'links-images-and-comments',
      'mixed-quote-marks',
      'no-timeline',
      'non-latin-and-rtl-names',
      'quote-spanning-emphasis-and-link',
      'with-changes',
      'yaml-aliases',
    ]);
    expect(build.ok, `the build failed:\n${build.output}`).toBe(true);
  });

  it('lists every story on the home page and in the feed', async () => {
    const home = await page('/index.html');
    const titles = all(home, '.story-list-title a').map((a) => asWritten(text(a)));
    const rss = new DOMParser().parseFromString(await readDist('/rss.xml'), 'text/xml');
    const links = [...rss.querySelectorAll('item > link')].map((l) => l.textContent);
    for (const slug of [REAL, ...SLUGS]) {
      expect(titles).toContain(asWritten(fixture(slug).story.title));
      expect(links).toContain(`${TEST_SITE_URL}/explainers/${slug}/`);
    }
  });
});

describe.each(SLUGS)('the fixture %s', (slug) => {
  it('is anchored, annotated and linked as the frontmatter says', async () => {
    const { story } = fixture(slug);
    const tree = await explainer(slug);
    expect(asWritten(text(one(tree, 'h1')))).toBe(asWritten(story.title));
    expect(text(one(tree, 'title'))).toBe(documentTitle(story.title, SITE_NAME));
    expect(attr(one(tree, 'html'), 'lang')).toBe(story.lang);

    // Every quote anchored once, in the prose, and nothing else uses the prefix.
    const anchors = all(tree, '[id^="quote-"]');
    expect(anchors).toHaveLength(story.quotes.length);
    expect(anchors.map((a) => attr(a, 'id')).sort()).toEqual(story.quotes.map((q) => `quote-${q.id}`).sort());
    const prose = one(tree, '#story');
    for (const quote of story.quotes) {
      const anchor = one(prose, `#quote-${quote.id}`);
      expect(normalise(quoteWords(anchor)), quote.id).toBe(sameWords(quote.text));
    }

    // One callout per callout quote, right after the paragraph that holds it, with the words as given.
    const callouts = all(tree, 'figure.callout');
    const wanted = story.quotes.filter((q) => q.callout);
    expect(callouts.map((c) => attr(c, 'id'))).toEqual(expect.arrayContaining(wanted.map((q) => `callout-${q.id}`)));
    expect(callouts).toHaveLength(wanted.length);
    for (const quote of wanted) {
      const callout = one(tree, `#callout-${quote.id}`);
      expect(asWritten(text(one(callout, 'blockquote')))).toBe(asWritten(quote.text.replace(/,\s*$/u, '')));
      expect(text(one(callout, '.callout-speaker'))).toBe(story.actors.find((a) => a.id === quote.speaker)?.name);
    }

    // Sections with their ids and exact headings; cards for every actor.
    for (const section of story.sections) {
      expect(asWritten(text(one(tree, `h2#${section.id}`)))).toBe(asWritten(section.heading));
    }
    for (const actor of story.actors) {
      const card = one(tree, `#actor-${actor.id}`);
      expect(text(one(card, 'h3'))).toBe(actor.name);
      expect(text(one(card, '.card-role'))).toContain(actor.role);
    }
    for (const event of story.timeline) {
      expect(asWritten(text(one(tree, `#event-${event.id} .event-title`)))).toBe(asWritten(event.title));
    }
    for (const note of story.notes)
      expect(asWritten(text(one(tree, `#note-${note.id} dfn`)))).toBe(asWritten(note.term));

    expect(all(tree, 'a[href^="#"]').length).toBeGreaterThan(10);
    expect(brokenLinks(tree, `/explainers/${slug}/`)).toEqual([]);
    // A quotation holding a link is a plain span, so no link ever sits inside another.
    expect(all(tree, 'a a')).toEqual([]);
  });

  it('has an offline copy, a preview image and share pages', async () => {
    const { story, body } = fixture(slug);
    const offline = await explainer(slug, 'offline.html');
    expect(asWritten(text(one(offline, 'h1')))).toBe(asWritten(story.title));
    expect(all(offline, '[id^="quote-"]')).toHaveLength(story.quotes.length);
    expect(jsonLd(offline)['headline']).toBe(story.title);
    const png = await readFile(distFile(`/explainers/${slug}/preview.png`));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    for (const target of shareTargets(story, body)) {
      const share = await page(`/explainers/${slug}/share/${target.id}/index.html`);
      const ogTitle = attr(one(share, 'meta[property="og:title"]'), 'content');
      // A title of at most 90 characters, which a long quote or heading starts.
      expect([...ogTitle].length, target.id).toBeLessThanOrEqual(90);
      expect(ogTitle, target.id).toContain(titleStart(target));
      expect(text(one(share, 'h1')), target.id).toContain(wordsOf(target));
      expect(existsSync(distFile(`/explainers/${slug}/share/${target.id}/preview.png`))).toBe(true);
    }
  });

  // The cards are drawn with satori in the bundled fonts; a character no font has comes out as a
  // "NO GLYPH" box. satori reports such text through loadAdditionalAsset, so the test listens there.
  it('has preview cards whose fonts hold every character but Chinese, Japanese and Korean', async () => {
    const { story, body } = fixture(slug);
    const cards = [storyPreview(story), ...shareTargets(story, body).map((t) => sharePreview(story, t))];
    const missing = new Set<string>();
    for (const card of cards) {
      await satori(await previewCard(card), {
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        fonts: previewFonts(),
        loadAdditionalAsset: async (language, segment) => {
          missing.add(`${language}: ${segment}`);
          return [];
        },
      });
    }
    // CJK fonts run to tens of megabytes and are not bundled (README, "Sharing"); all else must draw.
    const cjk =
      /^[^:]*: [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+$/u;
    expect([...missing].filter((m) => !cjk.test(m))).toEqual([]);
  });
});

describe('crlf-line-endings', () => {
  it('was built from a file with CRLF line endings only, and no carriage return reaches the page', async () => {
    const { source, story } = fixture('crlf-line-endings');
    expect(source).toContain('\r\n');
    expect(source.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    const html = await readDist('/explainers/crlf-line-endings/index.html');
    expect(html).not.toContain('\r');
    const tree = fromHtml(html);
    // The quotation is broken over two lines in the source.
    expect(quoteWords(one(tree, '#quote-okafor-not-moving'))).toBe(story.quotes[0]?.text);
    expect(jsonLd(tree)['headline']).toBe(story.title);
    expect(text(one(tree, '#mention-strike-extended'))).toBe('on Tuesday');
    expect(text(one(tree, '.note-term'))).toBe('Harbour pilots');
  });
});

describe('byte-order-mark', () => {
  it('reads the frontmatter after the byte order mark and shows no trace of it', async () => {
    const { source, story } = fixture('byte-order-mark');
    expect(source.startsWith('\uFEFF---')).toBe(true);
    for (const file of ['index.html', 'offline.html']) {
      const html = await readDist(`/explainers/byte-order-mark/${file}`);
      expect(html).not.toContain('\uFEFF');
      expect(text(one(fromHtml(html), 'h1'))).toBe(story.title);
    }
    const tree = await explainer('byte-order-mark');
    expect(text(one(tree, 'h2#doors-open'))).toBe('Doors open again');
    expect(text(one(tree, '.story-dates time'))).toBe('2 May 2025');
  });
});

describe('mixed-quote-marks', () => {
  it('finds each quote whatever marks the prose and the YAML use, and shows straight marks typographic', async () => {
    const tree = await explainer('mixed-quote-marks');
    expect(text(one(tree, '#quote-obrien-not-building'))).toBe('“We’re not building on the meadow,”');
    expect(text(one(tree, '#quote-obrien-compromise'))).toBe(
      '“It’s a compromise nobody loves, and that’s how you know it is fair,”',
    );
    expect(text(one(tree, '#quote-marsh-quiet-deal'))).toBe('‘a quiet deal’');
    expect(text(one(tree, '#quote-duval-nous-verrons'))).toBe('«Nous verrons»');
    expect(text(one(tree, '#quote-krause-wir-sind-dabei'))).toBe('„Wir sind dabei“');
    expect(text(one(tree, '#quote-obrien-half-and-half'))).toBe('“the depot was always the better site”');
    expect(text(one(tree, '.quotation-optout'))).toBe('“meadow plan”');
    // Apostrophes in names, mentions and terms match across styles too.
    expect(text(one(tree, 'section[aria-labelledby="meadow-vote"] a.actor-mention[href="#actor-obrien"]'))).toBe(
      'Siobhán O’Brien',
    );
    expect(text(one(tree, '#mention-council-vote'))).toBe('at Thursday’s meeting');
    expect(text(one(tree, '.note-term'))).toBe('councillors’ register');
  });
});

describe('apostrophe-in-quote', () => {
  it('keeps every apostrophe inside the quotes, on the page and in the callouts', async () => {
    const tree = await explainer('apostrophe-in-quote');
    expect(text(one(tree, '#quote-ndlovu-our-decision'))).toBe(
      '“It’s our country’s decision, and it’s the growers’ decision before it’s anyone else’s,”',
    );
    expect(text(one(tree, '#quote-ndlovu-farmers-land'))).toBe('‘It is the farmers’ land and the farmers’ say,’');
    expect(text(one(tree, '#quote-grower-tis-the-season'))).toBe('“’Tis the season for promises,”');
    // The relayed words sit inside the minister's quote.
    const outer = one(tree, '#quote-reyes-told-me');
    expect(attr(one(outer, '#quote-predecessor-dont-sign'), 'className')).toContain('quote-nested');
    expect(text(one(tree, '#callout-grower-nineties blockquote'))).toBe(
      'It feels like the ’90s again, when the reservoir ran dry',
    );
  });

  // Apostrophes outside quotations, through the story pipeline only (tests/support/processStory.ts):
  // in the shared build a refusal here would stop every other fixture from being checked.
  it.each([
    ['a plural possessive alone (control)', 'The growers’ union met again the next morning.'],
    [
      'an elided decade and a plural possessive',
      'Prices last rose like this in the ’90s, before the growers’ union was founded.',
    ],
    ['"rock ’n’ roll"', 'The union’s party played rock ’n’ roll all night.'],
  ])('does not take %s in the prose for a quotation', async (_case, paragraph) => {
    const { source } = fixture('apostrophe-in-quote');
    const edited = `${source.trimEnd()}\n\n${paragraph}\n`;
    await expect(processStory(edited)).resolves.toMatchObject({ html: expect.stringContaining(paragraph) });
  });
});

describe('quote-spanning-emphasis-and-link', () => {
  it('anchors quotations that run through emphasis, strong text, code and links', async () => {
    const tree = await explainer('quote-spanning-emphasis-and-link');
    const damning = one(tree, '#quote-lindqvist-never-seen');
    expect(damning.tagName).toBe('span');
    expect(text(one(damning, 'em'))).toBe('never');
    expect(text(one(damning, 'strong'))).toBe('damning');
    expect(attr(one(damning, 'a'), 'href')).toBe('https://example.org/northline/audit');
    expect(text(one(tree, '#quote-lindqvist-every-page a'))).toBe('every single page');
    expect(text(one(tree, '#quote-lindqvist-unbelievable strong'))).toBe('believ');
    expect(text(one(tree, '#quote-adeyemi-read-it code'))).toBe('make-budget --check');
    expect(one(tree, 'em #quote-adeyemi-all-of-it')).toBeDefined();
  });
});

describe('non-latin-and-rtl-names', () => {
  const NAMES = ['Володимир Коваленко', 'ليلى حداد', '王晓明'];

  it('shows names and quotes in Cyrillic, Arabic and Chinese intact, linked like any other', async () => {
    const { story } = fixture('non-latin-and-rtl-names');
    const tree = await explainer('non-latin-and-rtl-names');
    const prose = text(one(tree, '#story'));
    for (const name of NAMES) expect(prose).toContain(name);
    const first = one(tree, 'section[aria-labelledby="pact-signed"]');
    expect(all(first, 'a.actor-mention').map((a) => [attr(a, 'href'), text(a)])).toEqual(
      expect.arrayContaining([
        ['#actor-kovalenko', 'Володимир Коваленко'],
        ['#actor-haddad', 'ليلى حداد'],
        ['#actor-wang', '王晓明'],
      ]),
    );
    expect(text(one(tree, '#quote-haddad-water-right'))).toBe('“الماء حق، وليس امتيازاً”');
    expect(text(one(tree, '#quote-wang-on-time'))).toBe('“我们会按时完成。”');
    expect(text(one(tree, '#quote-kovalenko-bridge'))).toBe(
      '«Ми відбудуємо міст до зими, і ріка більше не застане нас зненацька»',
    );
    expect(all(tree, '#whos-who .avatar').map((a) => attr(a, 'dataInitials'))).toEqual(
      expect.arrayContaining(['ВК', 'لح', '王']),
    );
    expect(text(one(tree, '#event-pact-signing .event-title'))).toBe(story.timeline[0]?.title);
    // No element claims a direction the text does not have.
    for (const el of all(tree, '[dir]')) expect(['ltr', 'rtl', 'auto']).toContain(attr(el, 'dir'));

    const ld = jsonLd(tree);
    expect((ld['mentions'] as { name: string }[]).map((m) => m.name)).toEqual(story.actors.map((a) => a.name));
    expect((ld['hasPart'] as { text: string }[]).map((q) => q.text)).toEqual(story.quotes.map((q) => q.text));
    expect(ld['keywords']).toEqual(story.tags);
  });
});

describe('large-story', () => {
  it('is about 100 KB of prose and reaches the page whole, down to the last paragraph', async () => {
    const { body, story } = fixture('large-story');
    expect(Buffer.byteLength(body)).toBeGreaterThan(95_000);
    const paragraphs = body
      .split(/\n{2,}/u)
      .map((p) => p.trim())
      .filter((p) => p !== '' && !p.startsWith('## '));
    const last = paragraphs.at(-1) ?? '';
    expect(last).toMatch(/^End of the large fixture/u);

    for (const file of ['index.html', 'offline.html']) {
      const tree = await explainer('large-story', file);
      const prose = one(tree, '#story');
      const built = all(prose, 'section.story-section > p');
      expect(built).toHaveLength(paragraphs.length);
      expect(squash(text(built.at(-1) ?? prose))).toBe(last);
      expect(all(prose, 'section.story-section')).toHaveLength(story.sections.length);
    }
    const tree = await explainer('large-story');
    expect(all(tree, '.story-dates > span').map((s) => text(s))).toContainEqual(
      expect.stringMatching(/^[6-9]\d min read$/u),
    );
  });
});

describe('no-timeline', () => {
  it('has no timeline or notes section, and nothing points at one', async () => {
    for (const file of ['index.html', 'offline.html']) {
      const tree = await explainer('no-timeline', file);
      expect(select('#timeline', tree)).toBeUndefined();
      expect(select('#notes', tree)).toBeUndefined();
      expect(all(tree, '[id^="event-"], [id^="mention-"], [id^="note-"], time.date-mention')).toEqual([]);
      expect(all(tree, 'a[href="#timeline"], a[href="#notes"], a[href^="#event-"], a[href^="#note-"]')).toEqual([]);
      expect(all(tree, '#contents a').map((a) => attr(a, 'href'))).toEqual([
        '#late-opening',
        '#visitors-react',
        '#sources',
        '#whos-who',
      ]);
      expect(brokenLinks(tree, '/explainers/no-timeline/')).toEqual([]);
    }
  });
});

describe('html-like-text', () => {
  const SLUG = 'html-like-text';

  it('shows every field as text on the page, and no story text becomes an element', async () => {
    const { story } = fixture(SLUG);
    for (const file of ['index.html', 'offline.html']) {
      const tree = await explainer(SLUG, file);
      expect(injected(tree), file).toEqual([]);
      // The same scripts as the real story's page: the JSON-LD block and the page's own modules.
      expect(scriptCount(tree), file).toBe(scriptCount(await explainer(REAL, file)));
      expect(all(tree, 'h1')).toHaveLength(1);
      expect(all(tree, 'title')).toHaveLength(1);
      for (const script of all(tree, 'script:not([type="application/ld+json"])')) {
        expect(text(script)).not.toContain('alert(');
      }

      expect(text(one(tree, 'title'))).toBe(documentTitle(story.title, SITE_NAME));
      expect(asWritten(text(one(tree, 'h1')))).toBe(asWritten(story.title));
      expect(asWritten(text(one(tree, '.dek')))).toBe(asWritten(story.dek));
      expect(text(one(tree, '.byline'))).toBe(`By ${story.byline}`);
      expect(text(one(tree, '.story-meta a[rel="noopener"]'))).toBe(story.source.name);
      expect(attr(one(tree, '.story-meta a[rel="noopener"]'), 'href')).toBe(story.source.url);
      expect(all(tree, '#at-a-glance li').map((li) => asWritten(text(li)))).toEqual(story.keyPoints.map(asWritten));
      expect(all(tree, '#contents a').map((a) => text(a))).toEqual(
        expect.arrayContaining(story.sections.map((s) => s.heading)),
      );
      for (const section of story.sections) {
        expect(asWritten(text(one(tree, `h2#${section.id}`)))).toBe(asWritten(section.heading));
      }
      for (const actor of story.actors) {
        const card = one(tree, `#actor-${actor.id}`);
        expect(text(one(card, 'h3'))).toBe(actor.name);
        expect(text(one(card, '.card-role'))).toContain(actor.role);
        if (actor.affiliation) expect(text(one(card, '.card-affiliation'))).toBe(actor.affiliation);
      }
      for (const quote of story.quotes) {
        expect(asWritten(quoteWords(one(tree, `#quote-${quote.id}`)))).toBe(asWritten(quote.text));
      }
      const callout = one(tree, '#callout-closes-nothing');
      expect(asWritten(text(one(callout, 'blockquote')))).toBe(asWritten(story.quotes[0]?.text ?? ''));
      expect(asWritten(text(one(callout, '.callout-when')))).toContain(asWritten(story.quotes[0]?.said.setting ?? ''));
      expect(asWritten(text(one(tree, '.quotation-optout')))).toBe(
        asWritten(`"${story.unattributedQuotations[0]?.text}"`),
      );
      const event = story.timeline[0];
      expect(asWritten(text(one(tree, '#event-tag-vote .event-title')))).toBe(asWritten(event?.title ?? ''));
      expect(asWritten(text(one(tree, '#event-tag-vote .event-basis')))).toBe(
        asWritten(`How we dated this: ${event?.dateBasis}`),
      );
      expect(all(tree, '#event-tag-vote p').map((p) => asWritten(text(p)))).toContain(asWritten(event?.detail ?? ''));
      expect(text(one(tree, '#mention-tag-vote'))).toBe('on <Tuesday>');
      const note = story.notes[0];
      expect(asWritten(text(one(tree, '.note-term')))).toBe(asWritten(note?.term ?? ''));
      expect(asWritten(text(one(tree, '#note-abbr-note')))).toContain(asWritten(`${note?.term} ${note?.text}`));
      expect(asWritten(text(one(tree, '#sources')))).toContain(asWritten(story.publishedBasis ?? ''));
      expect(asWritten(text(one(tree, '#sources')))).toContain(asWritten(story.source.name));
    }
  });

  it('carries every field as text in the head: title, description and the link-preview tags', async () => {
    const { story } = fixture(SLUG);
    const tree = await explainer(SLUG);
    const meta = (selector: string): string => attr(one(tree, selector), 'content');
    expect(meta('meta[name="description"]')).toBe(story.dek);
    expect(meta('meta[property="og:title"]')).toBe(story.title);
    expect(meta('meta[property="og:description"]')).toBe(story.dek);
    expect(meta('meta[name="twitter:title"]')).toBe(story.title);
    expect(meta('meta[property="og:image:alt"]')).toContain(story.title);
  });

  it('carries every field as text in the JSON-LD, which no text can close', async () => {
    const { story } = fixture(SLUG);
    for (const file of ['index.html', 'offline.html']) {
      const tree = await explainer(SLUG, file);
      const raw = text(one(tree, 'script[type="application/ld+json"]'));
      expect(raw).not.toMatch(/<|>|&/u);
      const ld = jsonLd(tree);
      expect(ld['headline']).toBe(story.title);
      expect(ld['description']).toBe(story.dek);
      expect(ld['keywords']).toEqual(story.tags);
      expect((ld['author'] as { name: string }).name).toBe(story.byline);
      expect(ld['isBasedOn']).toMatchObject({ name: story.source.name, url: story.source.url });
      expect(ld['mentions']).toEqual(story.actors.map((a) => expect.objectContaining({ name: a.name })));
      expect(ld['hasPart']).toEqual(story.quotes.map((q) => expect.objectContaining({ text: q.text })));
    }
  });

  it('gives every share page the words as text, in its title, card tags and heading', async () => {
    const { story, body } = fixture(SLUG);
    const targets = shareTargets(story, body);
    const realScripts = scriptCount(await page(`/explainers/${REAL}/share/suspension-confirmed/index.html`));
    expect(targets.map((t) => t.id)).toEqual([
      'bold-claims',
      'braces',
      'quote-closes-nothing',
      'quote-heart-data',
      'timeline',
      'event-tag-vote',
      'whos-who',
      'actor-img-reporter',
      'actor-script-org',
      'actor-who-source',
    ]);
    for (const target of targets) {
      const tree = await page(`/explainers/${SLUG}/share/${target.id}/index.html`);
      expect(injected(tree), target.id).toEqual([]);
      expect(scriptCount(tree), target.id).toBe(realScripts);
      // The heading has every word; a title of at most 90 characters may end a long quote early.
      expect(text(one(tree, 'h1'))).toContain(wordsOf(target));
      expect(text(one(tree, 'title'))).toContain(titleStart(target));
      expect(attr(one(tree, 'meta[property="og:title"]'), 'content')).toContain(titleStart(target));
      expect(attr(one(tree, 'meta[name="twitter:title"]'), 'content')).toContain(titleStart(target));
      expect(text(one(tree, '.kicker a'))).toBe(story.title);
    }
    // Without a summary the card quotes the section's first sentence as the reader sees it.
    const braces = targets.find((t) => t.id === 'braces');
    expect(braces?.kind === 'section' && braces.description).toBe(
      '"We <3 open {data} & <br> line breaks," Script Ltd said in a statement.',
    );
  });

  it('lists the story in the RSS feed with its title, standfirst and tags as text', async () => {
    const { story } = fixture(SLUG);
    const xml = await readDist('/rss.xml');
    const rss = new DOMParser().parseFromString(xml, 'text/xml');
    const item = [...rss.querySelectorAll('item')].find(
      (i) => i.querySelector('link')?.textContent === `${TEST_SITE_URL}/explainers/${SLUG}/`,
    );
    expect(item).toBeDefined();
    expect(item?.querySelector('title')?.textContent).toBe(story.title);
    // The description is HTML (see the next test); read as HTML, it says exactly the standfirst.
    const description = item?.querySelector('description')?.textContent ?? '';
    expect(toString(fromHtml(description, { fragment: true }))).toBe(story.dek);
    expect([...(item?.querySelectorAll('category') ?? [])].map((c) => c.textContent)).toEqual(story.tags);
  });

  // RSS 2.0 <description> holds entity-encoded HTML: feed readers decode the XML, then render the
  // result as HTML. Plain text must therefore be HTML-escaped before it is XML-escaped, or a dek that
  // mentions "<img …>" becomes an image in every reader.
  it('escapes the standfirst in the feed as HTML, since feed readers render <description> as HTML', async () => {
    const { story } = fixture(SLUG);
    const rss = new DOMParser().parseFromString(await readDist('/rss.xml'), 'text/xml');
    const item = [...rss.querySelectorAll('item')].find(
      (i) => i.querySelector('link')?.textContent === `${TEST_SITE_URL}/explainers/${SLUG}/`,
    );
    const asHtml = fromHtml(item?.querySelector('description')?.textContent ?? '', { fragment: true });
    expect(injected(asHtml)).toEqual([]);
    expect(text(asHtml)).toBe(story.dek);
  });
});

describe('links-images-and-comments', () => {
  const SLUG = 'links-images-and-comments';

  it('shows the photograph from the story folder with its alt text, as a file of the site', async () => {
    const tree = await explainer(SLUG);
    const images = all(one(tree, '#story'), 'img');
    expect(images.map((img) => attr(img, 'alt'))).toEqual(['The empty ferry berth in Kelderby harbour']);
    const src = attr(images[0]!, 'src');
    expect(src).toMatch(/^\/_astro\/harbour\.[\w-]+\.\w+$/u);
    expect(existsSync(distFile(src))).toBe(true);
  });

  it('carries the photograph inside the offline copy, which loads nothing', async () => {
    const tree = await explainer(SLUG, 'offline.html');
    const images = all(one(tree, '#story'), 'img');
    expect(images.map((img) => attr(img, 'src').slice(0, 11))).toEqual(['data:image/']);
  });

  it('keeps in-page, mail, web and site links as written, each resolving', async () => {
    const tree = await explainer(SLUG);
    const hrefs = all(one(tree, '#story'), 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '#timeline',
        '#actor-okafor',
        'mailto:desk@example.org',
        'https://example.org/kelderby/notice',
        '/',
      ]),
    );
    expect(brokenLinks(tree, `/explainers/${SLUG}/`)).toEqual([]);
  });

  it('leaves the editor’s {/* comment */} out of the page', async () => {
    expect(await readDist(`/explainers/${SLUG}/index.html`)).not.toContain('press office');
  });
});

describe('yaml-aliases', () => {
  it('gives every quote and event that uses an alias the anchored value', async () => {
    const { story } = fixture('yaml-aliases');
    expect(story.quotes.map((q) => q.said.setting)).toEqual(['After the council vote', 'After the council vote']);
    expect(story.timeline[1]?.dateBasis).toBe(story.timeline[0]?.dateBasis);
    const tree = await explainer('yaml-aliases');
    expect(squash(text(one(tree, 'figure.callout')))).toContain('After the council vote');
    expect(squash(text(one(tree, '#event-first-sailing')))).toContain('dated Thursday 12 June 2025');
  });
});

describe('with-changes', () => {
  const SLUG = 'with-changes';

  it('shows the latest change under the headline and every change in a Changes section, each with its anchor', async () => {
    const tree = await page(`/explainers/${SLUG}/index.html`);
    const latest = one(tree, '.story-header .story-change');
    // The latest by its time (10:15 UTC on 13 June), whatever the order of the list.
    expect(text(latest)).toMatch(
      /^Clarification 13 June 2025(?: at)?,? 10:15 GMT: The vote was taken by the full council\.$/u,
    );
    expect(attr(one(latest, 'a'), 'href')).toBe('#change-3');
    const items = all(tree, '#changes li');
    expect(items.map((li) => attr(li, 'id'))).toEqual(['change-1', 'change-2', 'change-3', 'change-4']);
    expect(attr(one(items[0]!, 'time'), 'dateTime')).toBe('2025-06-12T16:30:00+01:00');
    expect(text(one(items[0]!, 'time'))).toMatch(/^12 June 2025(?: at)?,? 16:30 GMT\+1$/u);
    expect(all(items[0]!, '.change-concerns a').map((a) => attr(a, 'href'))).toEqual(['#quote-okafor-lifeline']);
    expect(all(tree, '.contents a').map((a) => attr(a, 'href'))).toContain('#changes');
    expect(brokenLinks(tree, `/explainers/${SLUG}/`)).toEqual([]);
  });

  it('puts each correction and clarification beside what it concerns in the prose, and no update', async () => {
    const tree = await page(`/explainers/${SLUG}/index.html`);
    const notes = all(tree, '#story .correction');
    expect(notes.map((n) => attr(one(n, 'a'), 'href'))).toEqual(['#change-3', '#change-1']);
    // The clarification under the heading of the section it concerns; the correction after the quoted paragraph.
    const quoted = all(tree, '#story p').find((p) => all(p, '#quote-okafor-lifeline').length > 0);
    const siblings = (quoted ? tree : tree) && all(tree, '#story p, #story .correction, #story header');
    expect(siblings.indexOf(notes[1]!)).toBe(siblings.indexOf(quoted!) + 1);
    expect(text(notes[1]!)).toContain(
      'An earlier version of this explainer gave the mayor’s words as “a vital lifeline”.',
    );
  });

  it('puts a clarification of an event, an actor and a note beside each of them', async () => {
    const tree = await page(`/explainers/${SLUG}/index.html`);
    for (const where of ['#event-first-sailing', '#actor-lindqvist', '#note-ro-ro']) {
      const notes = all(one(tree, where), '.correction');
      expect(
        notes.map((n) => attr(one(n, 'a'), 'href')),
        where,
      ).toEqual(['#change-4']);
      expect(text(notes[0]!)).toContain('The first sailing is expected in July');
    }
    expect(all(one(tree, '#event-council-votes'), '.correction')).toEqual([]);
  });

  it('says when it was modified and what it corrected in its JSON-LD, and in the feed', async () => {
    const tree = await page(`/explainers/${SLUG}/index.html`);
    const ld = JSON.parse(text(one(tree, 'script[type="application/ld+json"]'))) as Record<string, unknown>;
    expect(ld['dateModified']).toBe('2025-06-13T10:15:00+00:00');
    expect(ld['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        '@id': '#change-1',
        text: 'An earlier version of this explainer gave the mayor\'s words as "a vital lifeline".',
        datePublished: '2025-06-12T16:30:00+01:00',
      },
    ]);
    expect(attr(one(tree, 'meta[property="article:modified_time"]'), 'content')).toBe('2025-06-13T10:15:00+00:00');
    const rss = new DOMParser().parseFromString(await readDist('/rss.xml'), 'text/xml');
    const item = [...rss.querySelectorAll('item')].find((i) =>
      i.querySelector('link')?.textContent?.endsWith(`/${SLUG}/`),
    );
    expect(item?.querySelector('description')?.textContent).toMatch(/^Clarification, 13 June 2025.*full council\. /u);
    expect(item?.getElementsByTagName('atom:updated')[0]?.textContent).toBe('2025-06-13T10:15:00.000Z');
  });
});

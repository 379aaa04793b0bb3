import { normalise } from '../text/normalise.ts';
import { countryNamed, countryOfCapital, countryOfOrigin, type Country } from './countries.ts';
import {
  beforeAVerb,
  isDateline,
  lower,
  modifiesANoun,
  partyOf,
  runsOf,
  stripPossessive,
  UPPER_START,
  withoutCommonOpening,
  type Run,
} from './nameRuns.ts';
import {
  appositionAfter,
  former,
  isHonorific,
  NAME_SUFFIX,
  spelledOut,
  splitTitle,
  titleBefore,
  type PersonName,
} from './personNames.ts';
import type { ActorKind, ProposedActor } from './proposal.ts';
import { originalSlice, type ParsedParagraph, type ParsedText, type Token } from './sentences.ts';
import { lastAtMost, spanFinder, type Span } from './spans.ts';
import {
  INDEFINITE,
  isPeoplePlural,
  ORGANISATION_NOUNS,
  isOrganisationWord,
  PLACE_PREPOSITIONS,
  PRONOUNS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  TITLE_HEADS,
} from './vocabulary.ts';

/**
 * Who a report names: people (title + name, "X, a former Y" appositions, anyone who speaks),
 * countries (by name, or by capital used for the government: "Kyiv", "Moscow") and organisations.
 * An adjective ("Russian movements") makes no actor. Every form the prose uses becomes an alias, and
 * no two actors share a form, as the checker requires.
 */

/** A phrase that speaks in the report: the subject of "said", "told" or "according to". */
export interface SpeakerPhrase extends Span {
  readonly kind: 'name' | 'unnamed' | 'title' | 'pronoun';
  /** The phrase, normalised. */
  readonly text: string;
}

export interface ActorMention extends Span {
  readonly id: string;
  readonly sentence: number;
  /** Inside a quotation: someone's words, not the narration. */
  readonly inQuote: boolean;
}

export interface ActorIndex {
  readonly actors: readonly ProposedActor[];
  /** Mentions by name in reading order (pronouns are resolved later, by the attribution). */
  readonly mentions: readonly ActorMention[];
  /** The actor a phrase names as the prose writes it ("Waltz", "President Trump", "Kyiv", "a source …"). */
  idFor(phrase: string): string | undefined;
  kindOf(id: string): ActorKind | undefined;
  /** Whether the actor's role or one of its forms holds this word ("president", "minister"). */
  isDescribedAs(id: string, word: string): boolean;
}

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,6}$/u;
/** Nouns after "the <capital>" that make the capital the government ("the Moscow regime"). */
const GOVERNMENT_WORDS = new Set(['regime', 'government', 'administration', 'leadership', 'authorities']);

/** What compromise knows a word as that makes it no organisation: a place, a person, an adjective. */
const NOT_AN_ORGANISATION_TAGS = [
  'Place',
  'City',
  'Region',
  'Country',
  'Person',
  'FirstName',
  'LastName',
  'Demonym',
  'Adjective',
  'Date',
  'Verb',
];

/** Words for a people that compromise may take for an organisation ("Greek"). */
const DEMONYMS = new Set(
  'Greek French Dutch Swiss Thai Czech Welsh Irish Scottish British English Spanish Danish Swedish Finnish Polish Turkish Kurdish Western Eastern Northern Southern'.split(
    ' ',
  ),
);

/** A brand written with a capital inside it, as a company names itself ("SpaceX"). */
const BRAND = /^\p{Lu}\p{Ll}+\p{Lu}+$/u;

/** Capitalised names of places that contain an organisation word ("Oval Office"). */
const NOT_ORGANISATIONS = new Set([
  'Oval Office',
  'East Room',
  'West Wing',
  'Rose Garden',
  'Situation Room',
  'Air Force One',
  'Parliament Hill',
  'Capitol Hill',
]);
/** Last words of the name of a place. */
const PLACE_NOUNS = new Set(
  `hill square street avenue road lane boulevard plaza park bridge airport station stadium garden
  gardens room wing building palace castle field`.split(/\s+/u),
);
/** Capitals that are not names: time zones and common abbreviations. */
const NOT_ACTOR_ACRONYMS = new Set(
  'EDT EST CDT CST MDT MST PDT PST GMT BST CET CEST UTC ET PT AM PM GDP CEO CFO AI TV OK ID PR'.split(' '),
);
const PERSON_TAGS = ['FirstName', 'Person', 'LastName', 'MaleName', 'FemaleName'];
/** News organisations, which speak as organisations ("Reuters reported"). */
const NEWS_ORGANISATIONS = new Set(
  'reuters ap afp bloomberg bbc cnn axios politico nbc abc cbs fox sky itv rte dpa ria tass interfax xinhua'.split(' '),
);

const capitalise = (s: string): string => (s.length === 0 ? s : s[0]?.toUpperCase() + s.slice(1));

/** A slug of letters and digits, at most 60 characters, cut at a hyphen. */
export function slugify(text: string): string {
  let slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length > 60) {
    slug = slug.slice(0, 60);
    const cut = slug.lastIndexOf('-');
    if (cut > 20) slug = slug.slice(0, cut);
    slug = slug.replace(/-+$/u, '');
  }
  return slug;
}

interface Draft {
  readonly key: string;
  kind: ActorKind;
  name: string;
  /** Forms the prose uses, in order of first use. */
  readonly forms: string[];
  role?: string;
  review?: string;
  /** Mentions that make it an actor (not only inside a title, an apposition or a setting's "told X"). */
  free: boolean;
  surname?: string;
  given?: string;
  readonly mentions: Span[];
  readonly inQuote: boolean[];
}

export const PLACEHOLDER_ROLE: Record<ActorKind, string> = {
  person: 'Role not given in the report',
  organisation: 'Organisation named in the report',
  country: 'Country named in the report',
  group: 'Group named in the report',
  'unnamed-source': 'Unnamed source',
};

export interface ActorEvidence {
  /** The subjects of verbs of saying: anyone who speaks is an actor. */
  readonly speakers: readonly SpeakerPhrase[];
  /** "told Reuters", "speaking to Fox Business": who is spoken to is a setting, not an actor. */
  readonly settings: readonly Span[];
}

export function findActors(parsed: ParsedText, evidence: ActorEvidence): ActorIndex {
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  const draft = (key: string, kind: ActorKind, name: string): Draft => {
    let found = drafts.get(key);
    if (found === undefined) {
      found = { key, kind, name, forms: [], free: false, mentions: [], inQuote: [] };
      drafts.set(key, found);
      order.push(found);
    }
    return found;
  };
  const addForm = (d: Draft, form: string): void => {
    if (form.length > 0 && !d.forms.includes(form)) d.forms.push(form);
  };
  const mention = (d: Draft, run: { paragraph: number; start: number; end: number; inQuote: boolean }) => {
    d.mentions.push({ paragraph: run.paragraph, start: run.start, end: run.end });
    d.inQuote.push(run.inQuote);
  };
  const speaks = spanFinder(evidence.speakers);
  const inSetting = spanFinder(evidence.settings);
  /** Named as the one who speaks ("Peskov said"), which makes a name a person's. */
  const speaksByName = (span: Span): boolean => speaks(span)?.kind === 'name';

  const found = parsed.paragraphs.map(runsOf);
  const namesMidSentence = new Set(
    found.flatMap(({ runs, initial }) =>
      runs.flatMap((run) =>
        run.tokens.filter((_, i) => i > 0 || !initial.has(run)).map((t) => lower(stripPossessive(t.text))),
      ),
    ),
  );
  const runs = found.flatMap(({ runs: list, initial }) =>
    list.flatMap((run) => {
      const paragraph = parsed.paragraphs[run.paragraph];
      // A sentence's first word that speaks ("Araghchi strongly denied … and said") is a name.
      if (!initial.has(run) || paragraph === undefined || speaksByName(run)) return [run];
      const kept = withoutCommonOpening(run, paragraph, namesMidSentence);
      return kept === undefined ? [] : [kept];
    }),
  );
  // "the Crown Prosecution Service (CPS)": an abbreviation in brackets after a name is that name's.
  const abbreviated = new Map<string, Run>();
  for (const run of runs) {
    const after = run.at + run.tokens.length;
    const inner = run.flat[after + 1];
    if (run.flat[after]?.text !== '(' || run.flat[after + 2]?.text !== ')' || inner === undefined) continue;
    if (ACRONYM.test(inner.text) && abbreviates(inner.text, run.text) && !abbreviated.has(inner.text))
      abbreviated.set(inner.text, run);
  }
  const abbreviations: Run[] = [];
  const appositions: Span[] = [];
  const consumed: Span[] = [];
  interface Pending {
    readonly run: Run;
    readonly person: PersonName;
    readonly title: string;
  }
  const pending: Pending[] = [];
  const unknown: Run[] = [];
  const organisations: Run[] = [];
  const parties: { run: Run; name: string; key: string }[] = [];

  for (const run of runs) {
    const paragraph = parsed.paragraphs[run.paragraph];
    if (paragraph === undefined) continue;
    const country = countryNamed(run.text);
    if (country !== undefined) {
      const d = countryDraft(draft, country);
      addForm(d, run.text);
      d.free = true;
      mention(d, run);
      continue;
    }
    if (run.tokens.length === 1 && abbreviated.has(run.text)) {
      abbreviations.push(run);
      continue;
    }
    const capitalOf = run.tokens.length <= 2 ? countryOfCapital(run.text) : undefined;
    if (capitalOf !== undefined) {
      const before = lower(run.flat[run.at - 1]?.text ?? '');
      // "in Paris" is where something happens, "a Rome hospital" and "the Cairo talks" what kind;
      // "talks with Moscow" and "the Moscow regime" are the government.
      const after = lower(run.flat[run.at + run.tokens.length]?.text ?? '');
      const place =
        PLACE_PREPOSITIONS.has(before) ||
        before === 'a' ||
        before === 'an' ||
        (before === 'the' && !GOVERNMENT_WORDS.has(after));
      if (!place || speaks(run) !== undefined) {
        const d = countryDraft(draft, capitalOf);
        addForm(d, run.text);
        mention(d, run);
      }
      continue;
    }
    const person = splitTitle(run);
    const prefix = titleBefore(run);
    const hasHead = person !== undefined && person.title.some((t) => TITLE_HEADS.has(lower(t.text)));
    const apposition = person === undefined ? undefined : appositionAfter(run, paragraph);
    const organisationWord = run.tokens.some((t) => isOrganisationWord(t.text));
    if (person !== undefined && (hasHead || prefix.length > 0 || (apposition !== undefined && !organisationWord))) {
      const titleTokens = person.title.length > 0 ? person.title : prefix;
      const firstTitle = titleTokens[0];
      const lastTitle = titleTokens[titleTokens.length - 1];
      const title =
        firstTitle === undefined || lastTitle === undefined
          ? ''
          : originalSlice(paragraph, firstTitle.start, lastTitle.end);
      if (prefix.length > 0) {
        const first = prefix[0];
        if (first !== undefined) consumed.push({ paragraph: run.paragraph, start: first.start, end: run.start });
      }
      // A title before the name says what the person is; an apposition, when there is no title.
      const role =
        hasHead && !isHonorific(titleTokens)
          ? spelledOut(former(run, paragraph, title))
          : (apposition?.role ?? (isHonorific(titleTokens) ? '' : spelledOut(title)));
      pending.push({ run, person, title: role });
      if (apposition !== undefined) appositions.push(apposition.span);
      continue;
    }
    if (NOT_ORGANISATIONS.has(run.text) || isDateline(run)) continue;
    const party = partyOf(run);
    if (party !== undefined) {
      parties.push(party);
      // "Liberal party" is a party; "Liberals" may be one, or a surname ("Burns"): it is read on.
      if (party.name !== run.text) continue;
    }
    // "Parliament Hill", "Union Square": an organisation's word in the name of a place, which is no
    // actor unless it speaks ("Downing Street said").
    const lastWord = lower(run.tokens[run.tokens.length - 1]?.text ?? '');
    if (organisationWord && PLACE_NOUNS.has(lastWord) && speaks(run) === undefined) continue;
    if (organisationWord || (run.tokens.length === 1 && ACRONYM.test(run.text) && !NOT_ACTOR_ACRONYMS.has(run.text))) {
      organisations.push(run);
      continue;
    }
    const tagged = run.tokens.map((t) => run.tags.get(t.start));
    const demonym = tagged.some((t) => t?.has('Demonym') === true);
    // A company compromise knows ("Boeing"), or a brand written like one ("SpaceX"); not an
    // adjective before a noun ("Greek government official", "Liberal candidate").
    const knownOrganisation =
      tagged.every((t) => t?.has('Organization') === true) &&
      !demonym &&
      !tagged.some((t) => t?.has('Adjective') === true) &&
      !DEMONYMS.has(run.text) &&
      !modifiesANoun(run);
    if ((knownOrganisation || BRAND.test(run.text)) && run.tokens.length <= 3) {
      organisations.push(run);
      continue;
    }
    const personTagged =
      person !== undefined &&
      !demonym &&
      tagged.some((t) => PERSON_TAGS.some((tag) => t?.has(tag) === true)) &&
      (person.name.length >= 2 || tagged.some((t) => t?.has('Person') === true));
    if (person !== undefined && !demonym && (personTagged || (speaksByName(run) && !isNewsOrganisation(run.text)))) {
      pending.push({ run, person, title: '' });
      continue;
    }
    if (run.tokens.length === 1 && isNewsOrganisation(run.text) && speaks(run) !== undefined) {
      organisations.push(run);
      continue;
    }
    unknown.push(run);
  }
  // After the people, whose titles may hold an organisation ("White House press secretary …").
  // Parties: "his Liberal party", then "the Liberals" for the same one.
  const partyKeys = new Set(parties.filter((p) => p.name !== p.run.text).map((p) => p.key));
  for (const p of parties) {
    if (!partyKeys.has(p.key)) continue;
    const d = draft(`org:party:${p.key}`, 'organisation', p.name);
    if (d.name !== p.name && p.name.endsWith('party')) d.name = p.name;
    addForm(d, p.name === p.run.text ? p.run.text : p.name);
    mention(d, p.run);
    d.free = true;
  }
  const inApposition = spanFinder(appositions);
  const inTitle = spanFinder(consumed);
  for (const run of organisations) {
    const d = draft(`org:${lower(run.text)}`, 'organisation', run.text);
    addForm(d, run.text);
    mention(d, run);
    const bound = inSetting(run) !== undefined || inApposition(run) !== undefined || inTitle(run) !== undefined;
    if (!bound || speaks(run) !== undefined) d.free = true;
  }

  // People: full names first, so "Trump" and "President Trump" find "Donald Trump".
  const surnames = new Map<string, Draft[]>();
  const personKey = (name: readonly Token[]) => name.map((t) => lower(stripPossessive(t.text))).join(' ');
  const surnameOf = (name: readonly Token[]) => {
    const bare = name.filter((t) => !NAME_SUFFIX.test(stripPossessive(t.text)));
    return stripPossessive(bare[bare.length - 1]?.text ?? '');
  };
  const named = (p: Pending): void => {
    const paragraph = parsed.paragraphs[p.run.paragraph];
    const first = p.person.name[0];
    const last = p.person.name[p.person.name.length - 1];
    if (paragraph === undefined || first === undefined || last === undefined) return;
    const surname = surnameOf(p.person.name);
    let d: Draft | undefined;
    if (p.person.name.length >= 2) {
      d = draft(`person:${personKey(p.person.name)}`, 'person', '');
      if (d.name === '') {
        d.name = originalSlice(paragraph, first.start, last.start + stripPossessive(last.text).length);
        d.surname = surname;
        d.given = p.person.name
          .slice(0, -1)
          .map((t) => t.text)
          .join(' ');
        const list = surnames.get(lower(surname)) ?? [];
        list.push(d);
        surnames.set(lower(surname), list);
      }
    } else {
      const known = surnames.get(lower(surname));
      d = known?.length === 1 ? known[0] : undefined;
      if (d === undefined) {
        d = draft(`person:${lower(surname)}`, 'person', surname);
        d.surname = surname;
        d.review ??= `Only "${surname}" is given in the report: add the full name.`;
        if (known === undefined) surnames.set(lower(surname), [d]);
      }
    }
    d.free = true;
    if (p.title !== '' && d.role === undefined) d.role = capitalise(p.title);
    addForm(d, stripPossessive(p.run.text));
    mention(d, p.run);
  };
  for (const p of pending) if (p.person.name.length >= 2) named(p);
  for (const p of pending) if (p.person.name.length < 2) named(p);
  // A surname standing alone, once the full name is known: "Waltz".
  for (const run of unknown) {
    const known = run.tokens.length === 1 ? surnames.get(lower(run.text)) : undefined;
    if (known !== undefined && known.length >= 1) {
      const d = known[known.length - 1];
      if (d === undefined) continue;
      if (known.length > 1) d.review ??= `"${run.text}" alone may be more than one person in the report: check.`;
      addForm(d, run.text);
      mention(d, run);
    }
  }

  // "Butch Wilmore" read as no one's name until "Wilmore said": the full name of the one who speaks.
  for (const run of unknown) {
    const last = run.tokens[run.tokens.length - 1];
    const known =
      run.tokens.length >= 2 && last !== undefined ? surnames.get(lower(stripPossessive(last.text))) : undefined;
    const d = known?.length === 1 ? known[0] : undefined;
    const paragraph = parsed.paragraphs[run.paragraph];
    if (d === undefined || d.given !== undefined || paragraph === undefined || run.tokens.length > 3) continue;
    d.name = originalSlice(paragraph, run.start, run.end);
    d.given = run.tokens
      .slice(0, -1)
      .map((t) => t.text)
      .join(' ');
    if (d.review?.startsWith('Only "') === true) delete d.review;
    addForm(d, run.text);
    mention(d, run);
  }

  // A name used more than once that is no one's name, no place and no adjective ("Israel and Hamas
  // sent teams", "Hamas wants …"): most likely an organisation, which the editor confirms.
  const unplaced = new Map<string, Run[]>();
  for (const run of unknown) {
    const token = run.tokens[0];
    if (run.tokens.length !== 1 || token === undefined || surnames.has(lower(run.text))) continue;
    const tags = run.tags.get(token.start);
    if (NOT_AN_ORGANISATION_TAGS.some((t) => tags?.has(t) === true) || DEMONYMS.has(run.text)) continue;
    if (!ACRONYM.test(run.text) && !/^\p{Lu}\p{Ll}/u.test(run.text)) continue;
    unplaced.set(run.text, [...(unplaced.get(run.text) ?? []), run]);
  }
  for (const [text, list] of unplaced) {
    // Used at least twice, and once as the subject of a verb ("Hamas wants"), not only as an
    // adjective ("Liberal candidate", "Sillamae port").
    if (list.length < 2 || !list.some(beforeAVerb)) continue;
    const d = draft(`org:${lower(text)}`, 'organisation', text);
    d.free = true;
    d.review = `The import took "${text}" for an organisation: check what it is.`;
    addForm(d, text);
    for (const run of list) mention(d, run);
  }

  // "Canada's premiers met …", "Boeing machinists voted …": people a name qualifies, acting together.
  for (const run of runs) {
    const paragraph = parsed.paragraphs[run.paragraph];
    const last = run.tokens[run.tokens.length - 1];
    const noun = run.flat[run.at + run.tokens.length];
    const verb = run.flat[run.at + run.tokens.length + 1];
    if (paragraph === undefined || last === undefined || noun?.kind !== 'word' || verb?.kind !== 'word') continue;
    if (noun.start !== last.end + 1 || UPPER_START.test(noun.text) || !isPeoplePlural(lower(noun.text))) continue;
    const tags = run.tags.get(verb.start);
    if (tags?.has('Verb') !== true || tags.has('Noun') || UPPER_START.test(verb.text)) continue;
    // "French officials" are the country's: an adjective of origin makes no group of its own.
    const possessive = stripPossessive(last.text) !== last.text;
    const origin =
      countryOfOrigin(run.text) !== undefined || run.tokens.some((t) => run.tags.get(t.start)?.has('Demonym') === true);
    if (origin && !possessive) continue;
    const written = originalSlice(paragraph, run.start, noun.end);
    const d = draft(`group:${lower(paragraph.normalised.text.slice(run.start, noun.end))}`, 'group', written);
    d.free = true;
    d.review ??= `The import took "${written}" for a group of people acting together: check.`;
    addForm(d, written);
    mention(d, { paragraph: run.paragraph, start: run.start, end: noun.end, inQuote: run.inQuote });
  }

  // "British rock band Oasis", "Oasis, the Manchester band,": a band is a group of people, and what the
  // report calls it is its role.
  const bands = new Map<string, string>();
  for (const run of runs) {
    const role = bandRole(run, parsed.paragraphs[run.paragraph]);
    if (role !== undefined && !bands.has(lower(run.text))) bands.set(lower(run.text), role);
  }
  for (const d of order) {
    const form = d.forms.find((f) => bands.has(lower(f)));
    if ((d.kind !== 'organisation' && d.kind !== 'person') || form === undefined) continue;
    d.kind = 'group';
    d.role ??= capitalise(bands.get(lower(form)) ?? '');
    // Not one person's name cut short, nor an organisation's guess: the report says what it is.
    if (d.review?.startsWith('The import took') === true || d.review?.startsWith('Only "') === true) delete d.review;
  }

  // "Nihon Hidankyo, or the Japan Confederation of … Organizations,": a second name after ", or" is
  // the first one's; an organisation's name there makes the first an organisation.
  const draftAt = (run: Run): Draft | undefined =>
    order.find((d) => d.mentions.some((m) => m.paragraph === run.paragraph && m.start === run.start));
  for (const run of runs) {
    const k = run.at + run.tokens.length;
    if (run.flat[k]?.text !== ',' || run.flat[k + 1]?.text !== 'or') continue;
    const at = lower(run.flat[k + 2]?.text ?? '') === 'the' ? k + 3 : k + 2;
    const other = runs.find((r) => r.paragraph === run.paragraph && r.flat === run.flat && r.at === at);
    const closer = other === undefined ? undefined : other.flat[other.at + other.tokens.length]?.text;
    if (other === undefined || (closer !== undefined && !/^[,.;)]$/u.test(closer))) continue;
    const first = draftAt(run);
    const second = draftAt(other);
    if (first === undefined || second === undefined || first === second || second.kind === 'country') continue;
    for (const form of [second.name, ...second.forms]) addForm(first, form);
    second.mentions.forEach((m, i) => mention(first, { ...m, inQuote: second.inQuote[i] === true }));
    second.free = false;
    if (second.kind === 'organisation' && first.kind === 'person') {
      first.kind = 'organisation';
      if (first.review?.startsWith('Only "') === true) delete first.review;
    }
  }

  // An abbreviation goes with the name it stands for; where that name is no actor (a title, "Director
  // of Public Prosecutions (DPP)"), neither is the abbreviation.
  for (const run of abbreviations) {
    const full = abbreviated.get(run.text)?.text;
    const owner = order.find((d) => d.free && full !== undefined && d.forms.includes(full));
    if (owner === undefined) continue;
    addForm(owner, run.text);
    mention(owner, run);
  }

  // Speakers who are not named: "a source familiar with the situation", "Ukraine's foreign ministry".
  for (const speaker of evidence.speakers) {
    if (speaker.kind !== 'unnamed' && speaker.kind !== 'title') continue;
    const paragraph = parsed.paragraphs[speaker.paragraph];
    if (paragraph === undefined) continue;
    const words = speaker.text.split(' ');
    const head = lower(words[words.length - 1] ?? '');
    const possessive = /^\p{Lu}[^ ]*'s$/u.test(words[0] ?? '');
    const written = originalSlice(paragraph, speaker.start, speaker.end);
    // "the US presidency", "Ukraine's foreign ministry": an organisation the report names by what it is.
    const capitalModifier = words.slice(1, -1).some((w) => /^\p{Lu}/u.test(w));
    if (speaker.kind === 'title' && (possessive || capitalModifier) && ORGANISATION_NOUNS.has(head)) {
      const name = capitalise(written.replace(/^the\s+/iu, ''));
      const d = draft(`org:${lower(speaker.text)}`, 'organisation', name);
      d.free = true;
      addForm(d, written);
      mention(d, { ...speaker, inQuote: false });
      continue;
    }
    if (speaker.kind !== 'unnamed') continue;
    if (!words.some((w) => SOURCE_NOUNS.has(lower(w)) || isPeoplePlural(lower(w)))) continue;
    // "a source", "two sources familiar with …" are unnamed sources; "World leaders", "officials", a group.
    const group = !INDEFINITE.has(lower(words[0] ?? '')) && !words.some((w) => /^sources?$/iu.test(w));
    if (group) {
      const d = draft(`group:${lower(speaker.text)}`, 'group', capitalise(written));
      d.free = true;
      addForm(d, written);
      mention(d, { ...speaker, inQuote: false });
      continue;
    }
    const d = draft(`source:${lower(speaker.text)}`, 'unnamed-source', capitalise(written));
    if (d.mentions.length > 0) d.review = `"${written}" speaks more than once: check that it is one source.`;
    d.free = true;
    addForm(d, written);
    mention(d, { ...speaker, inQuote: false });
    d.role ??= unnamedRole(written);
  }

  // A person or an organisation named only inside what someone says is in their words, not one of the
  // report's actors, unless it speaks there ("… and he said"). A country stays: it is a party to what
  // the report is about. Words the narration carries on ("“The full … forecasts” will be presented")
  // are the reporter's own sentence.
  const inSpeech = speechFinder(parsed);
  const narration = parsed.paragraphs.map((p) => {
    let text = p.normalised.text;
    for (const q of p.quotations)
      if (q.parent === undefined) text = `${text.slice(0, q.start)}${' '.repeat(q.end - q.start)}${text.slice(q.end)}`;
    return text;
  });
  // Also in someone's title in the narration ("NATO Secretary-General Mark Rutte") counts.
  const inNarrationText = (form: string): boolean => {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`,
      'u',
    );
    return narration.some((text) => pattern.test(text));
  };
  const namedInNarration = (d: Draft): boolean =>
    (d.kind !== 'person' && d.kind !== 'organisation') ||
    d.mentions.some((span, i) => d.inQuote[i] !== true || !inSpeech(span) || speaks(span) !== undefined) ||
    d.forms.some(inNarrationText);
  return buildIndex(
    parsed,
    order.filter((d) => d.free && namedInNarration(d)),
  );
}

/** Nouns for a band of performers. */
const BAND_NOUNS = new Set(['band', 'trio', 'duo', 'quartet', 'quintet', 'choir', 'collective', 'ensemble', 'group']);

/** Words that end the description of a band on its left. */
const DESCRIPTION_STOPS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'of', 'by', 'and']);

/**
 * What the report calls a band named by a run, if it says it is one: "British rock band" of "British
 * rock band Oasis", "the Manchester band" of "Oasis, the Manchester band,".
 */
function bandRole(run: Run, paragraph: ParsedParagraph | undefined): string | undefined {
  if (paragraph === undefined) return undefined;
  // "militant group Hamas" is an organisation: "group" counts only after a word of music.
  const groupOf = (k: number): boolean => {
    const token = run.flat[k];
    if (token?.kind !== 'word' || UPPER_START.test(token.text)) return false;
    const word = lower(token.text);
    if (word !== 'group') return BAND_NOUNS.has(word);
    return /^(?:rap|rock|pop|punk|folk|music|musical|hip-hop|singing|dance|boy|girl)$/u.test(
      lower(run.flat[k - 1]?.text ?? ''),
    );
  };
  const description = (from: number, to: number): string | undefined => {
    const first = run.flat[from];
    const last = run.flat[to];
    return first === undefined || last === undefined ? undefined : originalSlice(paragraph, first.start, last.end);
  };
  const noun = run.at - 1;
  if (groupOf(noun)) {
    let from = noun;
    while (
      from > noun - 3 &&
      run.flat[from - 1]?.kind === 'word' &&
      !DESCRIPTION_STOPS.has(lower(run.flat[from - 1]?.text ?? ''))
    )
      from -= 1;
    return description(from, noun);
  }
  const comma = run.at + run.tokens.length;
  if (run.flat[comma]?.text !== ',') return undefined;
  for (let k = comma + 1; k < comma + 8 && run.flat[k]?.kind === 'word'; k++) {
    if (!groupOf(k)) continue;
    const opener = DESCRIPTION_STOPS.has(lower(run.flat[comma + 1]?.text ?? '')) ? comma + 2 : comma + 1;
    return description(opener, k);
  }
  return undefined;
}

/**
 * Whether a span stands inside a quotation that is someone's statement: one the narration does not
 * carry on from or into (a lower-case word of the reporter's right before or after it that is no verb
 * of saying).
 */
function speechFinder(parsed: ParsedText): (span: Span) => boolean {
  const statements = new Set<number>();
  const carries = (t: Token | undefined): boolean =>
    t?.kind === 'word' && !UPPER_START.test(t.text) && !SPEECH_VERBS.has(lower(t.text)) && !PRONOUNS.has(lower(t.text));
  for (const sentence of parsed.sentences)
    sentence.tokens.forEach((t, i) => {
      if (t.quotation !== undefined && !carries(sentence.tokens[i - 1]) && !carries(sentence.tokens[i + 1]))
        statements.add(t.quotation);
    });
  return (span) =>
    (parsed.paragraphs[span.paragraph]?.quotations ?? []).some(
      (q) => q.parent === undefined && statements.has(q.id) && q.innerStart <= span.start && span.end <= q.innerEnd,
    );
}

/**
 * Whether an abbreviation can stand for a name: its letters in the name's order, the first the
 * first letter of one of its words ("CPS", "Crown Prosecution Service"; "HHS", "Department of Health
 * and Human Services").
 */
function abbreviates(abbreviation: string, name: string): boolean {
  const letters = lower(abbreviation.replace(/[^\p{L}]/gu, ''));
  const words = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  // It may leave out the name's first words ("Department of Health and Human Services (HHS)").
  const from = words.findIndex((w) => lower(w[0] ?? '') === letters[0]);
  if (from < 0) return false;
  const rest = lower(words.slice(from).join(' '));
  let at = 0;
  for (const letter of letters) {
    at = rest.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** "a source familiar with the situation" is an "Unnamed source familiar with the situation". */
function unnamedRole(phrase: string): string {
  const words = phrase.split(' ');
  const rest = INDEFINITE.has(lower(words[0] ?? '')) ? words.slice(1) : words;
  const head = rest.findIndex((w) => SOURCE_NOUNS.has(lower(w)));
  if (head < 0 || head > 2) return 'Unnamed source';
  return `Unnamed ${rest.join(' ')}`;
}

const isNewsOrganisation = (text: string): boolean => NEWS_ORGANISATIONS.has(lower(text.split(' ')[0] ?? ''));

function countryDraft(draft: (key: string, kind: ActorKind, name: string) => Draft, country: Country): Draft {
  const d = draft(`country:${country.name}`, 'country', country.name);
  d.free = true;
  if (country.ambiguous !== undefined) d.review = country.ambiguous;
  return d;
}

/** Ids, aliases and the index; forms shared by two actors are kept by the first only. */
function buildIndex(parsed: ParsedText, drafts: readonly Draft[]): ActorIndex {
  const ids = new Set<string>();
  const unique = (base: string): string => {
    let id = base.length > 0 ? base : 'actor';
    for (let n = 2; ids.has(id); n++) id = `${base.slice(0, 56)}-${n}`;
    ids.add(id);
    return id;
  };
  const formOwner = new Map<string, string>();
  const formKey = (form: string): string => lower(normalise(form));
  const actors: ProposedActor[] = [];
  const draftOf = new Map<string, Draft>();
  const surnameIds = new Map<string, string>();
  const surnameCount = new Map<string, number>();
  for (const d of drafts)
    if (d.surname !== undefined) surnameCount.set(lower(d.surname), (surnameCount.get(lower(d.surname)) ?? 0) + 1);

  for (const d of drafts) {
    const base =
      d.kind === 'person' && d.surname !== undefined && (surnameCount.get(lower(d.surname)) ?? 0) === 1
        ? slugify(d.surname)
        : slugify(d.kind === 'unnamed-source' ? d.name.replace(/^(a|an|the)\s+/iu, '') : d.name);
    const id = unique(base);
    const nameKey = formKey(d.name);
    if (formOwner.has(nameKey)) continue;
    formOwner.set(nameKey, id);
    const aliases: string[] = [];
    let dropped: string | undefined;
    for (const form of d.forms) {
      if (form === d.name) continue;
      const key = formKey(form);
      const owner = formOwner.get(key);
      if (owner !== undefined && owner !== id) {
        dropped = form;
        continue;
      }
      formOwner.set(key, id);
      aliases.push(form);
    }
    const reviews = [
      d.review,
      dropped === undefined
        ? undefined
        : `"${dropped}" also names another actor, so it is not an alias here: check who it means.`,
    ];
    const role = d.role ?? PLACEHOLDER_ROLE[d.kind];
    if (d.role === undefined) reviews.push(`The report gives no role for ${d.name}: write one.`);
    const review = reviews.filter((r): r is string => r !== undefined).join(' ');
    actors.push({ id, name: d.name, aliases, kind: d.kind, role, ...(review === '' ? {} : { review }) });
    draftOf.set(id, d);
    if (d.kind === 'person' && d.surname !== undefined && (surnameCount.get(lower(d.surname)) ?? 0) === 1)
      surnameIds.set(lower(d.surname), id);
  }

  const sentenceAt = sentenceFinder(parsed);
  const mentions: ActorMention[] = [];
  for (const actor of actors) {
    const d = draftOf.get(actor.id);
    if (d === undefined) continue;
    d.mentions.forEach((span, i) =>
      mentions.push({ ...span, id: actor.id, sentence: sentenceAt(span), inQuote: d.inQuote[i] === true }),
    );
  }
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);

  const kinds = new Map(actors.map((a) => [a.id, a.kind]));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const idFor = (phrase: string): string | undefined => {
    const clean = normalise(phrase)
      .replace(/^(the)\s+/iu, '')
      .replace(/'s$|(?<=s)'$/u, '');
    const direct = formOwner.get(lower(clean));
    if (direct !== undefined) return direct;
    const capitalOf = countryOfCapital(clean);
    if (capitalOf !== undefined) return formOwner.get(lower(capitalOf.name));
    const last = clean.split(' ').pop() ?? '';
    return surnameIds.get(lower(last));
  };
  return {
    actors,
    mentions,
    idFor,
    kindOf: (id) => kinds.get(id),
    isDescribedAs: (id, word) => {
      const actor = byId.get(id);
      if (actor === undefined) return false;
      const w = lower(word);
      return [actor.role, actor.name, ...actor.aliases].some((form) =>
        lower(form)
          .split(/[\s-]+/u)
          .includes(w),
      );
    },
  };
}

/** The index of the sentence that holds a span. */
function sentenceFinder(parsed: ParsedText): (span: Span) => number {
  return (span) => {
    const sentences = parsed.paragraphs[span.paragraph]?.sentences ?? [];
    const at = lastAtMost(sentences, (s) => s.tokens[0]?.start ?? 0, span.start);
    return sentences[Math.max(0, at)]?.index ?? -1;
  };
}

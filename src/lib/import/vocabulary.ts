/**
 * The words the import reads attributions and names by: verbs of saying, titles, words that open a
 * sentence with a capital without being a name. Lower case throughout; callers compare lower case.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter((w) => w.length > 0));

/** Verbs that report speech ("said", "told", "warned"), in every form a report uses. */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding warn warns warned warning
  note notes noted noting write writes wrote writing insist insists insisted insisting stated
  explain explains explained explaining argue argues argued arguing claimed claiming
  declare declares declared declaring replied replies replying responded responds remarked
  continued concluded stressed stresses stressing emphasised emphasized emphasises emphasizes
  acknowledged admitted admits conceded suggested suggests suggesting indicated indicates
  announced announces announcing posted tweeted urged urges urging cautioned observed
  recalled recalls recalling revealed reveals revealing confirmed confirms confirming predicted
  promised promises vowed vows pledged complained complains lamented quipped joked countered
  contended asserted alleged boasted implored denied denies demanded asked asks answered
  reiterated reiterates exclaimed shouted reported recounted maintained wondered
  according described characterised characterized termed called dubbed remembered hailed hailing
  calling praised praising lauded`);

/** Verbs that name something rather than report a statement: speech only when a quotation follows. */
export const NAMING_VERBS = words(
  'described characterised characterized termed called dubbed remembered hailed hailing calling praised praising lauded',
);

/** Verbs that carry on an earlier statement, so its setting carries on too. */
export const CONTINUING_VERBS = words('add adds added adding continued');

/** Words that may stand between a subject and its verb of saying ("Waltz also said", "he has said"). */
export const BETWEEN_SUBJECT_AND_VERB = words(`
  also later then again has had have was is were are would will could may might had once further
  reportedly publicly privately previously repeatedly finally recently separately similarly
  subsequently immediately earlier initially simply only just still even flatly firmly bluntly
  openly angrily quickly explicitly specifically frequently often never not already`);

/** Spoken-of days and times that may stand between a subject and its verb ("Waltz on Wednesday said"). */
export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later
  week month year night morning afternoon evening weekend`);

export const PRONOUNS = words('he she they it we i');
export const PERSON_PRONOUNS = words('he she');

/** Words that open a noun phrase for an unnamed speaker ("a source", "two officials"). */
export const INDEFINITE = words(
  'a an another one two three four several some multiple many other few more most various',
);

/** Heads of a noun phrase that make an unnamed speaker ("a source familiar with the situation"). */
export const SOURCE_NOUNS = words(`
  source sources official officials diplomat diplomats person people aide aides spokesperson
  spokesman spokeswoman insider insiders adviser advisers advisor advisors analyst analysts expert
  experts lawmaker lawmakers witness witnesses resident residents officer officers soldier soldiers
  commander commanders minister ministers executive executives employee employees member members
  staffer staffers negotiator negotiators photographer photographers journalist journalists
  relative relatives worker workers doctor doctors survivor survivors leaders critics protesters
  activists campaigners scientists`);

/** Plurals for people who act together ("Boeing machinists", "residents"), besides the source nouns. */
const PEOPLE_PLURALS = words(`
  machinists nurses teachers students parents farmers miners pilots drivers voters fans supporters
  opponents citizens families victims patients players customers passengers investors traders
  strikers staff crew colleagues neighbours neighbors villagers settlers lawyers judges economists
  protestors demonstrators rescuers firefighters paramedics`);

/**
 * Whether a word names people in the plural: "officials", "machinists", or a title's plural
 * ("premiers", "ministers").
 */
export const isPeoplePlural = (word: string): boolean =>
  word.endsWith('s') && (SOURCE_NOUNS.has(word) || PEOPLE_PLURALS.has(word) || TITLE_HEADS.has(word.slice(0, -1)));

/** Organisation nouns, for a speaker such as "Ukraine's foreign ministry". */
export const ORGANISATION_NOUNS = words(`
  ministry office government army military police agency department embassy council commission
  committee parliament court company firm party union campaign group authority authorities
  administration presidency cabinet secretariat bank service`);

/** Organisations recognised by a word in their name ("Crown Prosecution Service"). */
const ORGANISATION_WORDS = words(`
  ministry department institute council agency commission committee parliament congress senate
  assembly party bank fund union organisation organization association court university foundation
  corporation company group forces army navy force guard office service kremlin pentagon alliance
  coalition federation network times post news journal inc ltd corp authority bureau programme
  program house street tribunal cabinet administration centers centres`);

/** Whether a word (any case, a possessive left off) is one of an organisation's: "Institutes" as "institute". */
export const isOrganisationWord = (word: string): boolean => {
  const w = word.toLowerCase().replace(/'s$|(?<=s)'$/u, '');
  return ORGANISATION_WORDS.has(w) || (w.endsWith('s') && ORGANISATION_WORDS.has(w.slice(0, -1)));
};

/** The offices both lists share: a person's title, and a head a name may follow. */
const OFFICES = `
  president vice-president premier minister secretary secretary-general adviser advisor director
  director-general chancellor senator sen sen. representative rep rep. congressman congresswoman governor gov
  gov. mayor general gen gen. admiral adm adm. colonel col col. lieutenant lt lt. major maj maj. captain capt
  capt. sergeant sgt sgt. commander chief ambassador envoy spokesman spokeswoman spokesperson king queen
  prince princess pope speaker leader chairman chairwoman chair ceo judge justice attorney prosecutor
  commissioner dr dr. mr mr. mrs mrs. ms ms. miss sir dame lord lady professor prof prof. sheikh emir
  archbishop cardinal bishop rabbi imam rev rev. reverend ayatollah marshal officer head founder coach
  executive chief-of-staff`;

/** Title words a person's name may follow ("National Security Adviser Mike Waltz"). */
export const TITLE_WORDS = words(`${OFFICES}
  crown deputy national security foreign defence defense state interior homeland treasury finance health
  trade energy home education affairs staff press communications economic economy transport environment
  intelligence acting interim assistant senior special supreme first former high under-secretary
  undersecretary vice prime opposition republican democrat democratic conservative labour liberal independent
  socialist`);

/** Titles that are heads: a name after them is a person's ("President", "Adviser", "spokesman"). */
export const TITLE_HEADS = words(`${OFFICES}
  researcher analyst economist official aide negotiator lawmaker correspondent editor reporter expert
  activist lawyer historian scientist strategist pollster author manager`);

/** Words that may join the parts of a name ("Secretary of State", "bin Salman", "de Gaulle"). */
export const NAME_CONNECTORS = words('of for the de du da di del der van von bin al la le y');

/** Words written with a capital that are not names, when they open a run of capitals. */
export const NOT_NAMES = words(`
  the a an in on at however meanwhile while since but and as after before when if although though
  despite for with from by to of this that these those it he she they we i his her their our its
  there here yet still also now then asked speaking addressing earlier later last next separately
  instead indeed according under over during without within amid among following until once some
  many most several both each every another other such what which who why how where whether
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december mr mrs ms so no not all any more only even
  details quote source background update read watch`);

/** Prepositions before a capital that make it the place something happens, not the government. */
export const PLACE_PREPOSITIONS = words(`
  in at near outside around across into inside visit visited visiting visits toured arrived
  flew travelled traveled returned trip`);

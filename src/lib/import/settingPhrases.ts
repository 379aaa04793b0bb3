import type { Span } from './spans.ts';
import { originalSlice, type ParsedParagraph, type Token } from './sentences.ts';
import { DETERMINERS, isName, isWord, lower, UPPER_START, type Clause } from './speech.ts';
import { PRONOUNS, TIME_WORDS } from './vocabulary.ts';

/**
 * Where and to whom something was said, as the report gives it: "told reporters when asked about
 * the suspension", "speaking to Fox Business", "in a televised address", "said on Truth Social",
 * written the way a quote's setting reads ("Told the BBC", "In a televised address").
 */

export interface Setting extends Span {
  /** "Told reporters when asked about the suspension", "In a televised address". */
  readonly text: string;
  /** The token the phrase hangs on: the verb for "told …", the phrase's first word otherwise. */
  readonly anchor: number;
  /** For "told X" and "said on X": the verb it belongs to. */
  readonly verb?: number;
}

/** Words after "told" or "speaking to" that end the setting ("told Reuters that …"). */
const SETTING_STOPS = new Set(
  `that and but or which who where as while because since although though if whether saying adding urging
  warning calling insisting noting arguing before`.split(/\s+/u),
);
/** Verbs of saying after which "to" names who heard it ("admitted to ABC's This Week"). */
const ADMITTED_TO = new Set('said says admitted explained confirmed insisted stressed conceded'.split(' '));
/** Verbs that start a new statement, so a setting phrase ends before them. */
const ENDS_A_SETTING = new Set('said says told tells added adds wrote writes'.split(' '));
const SETTING_NOUNS = new Set(
  `address interview statement speech post briefing conference broadcast video message op-ed article
  letter podcast appearance hearing debate call session testimony remarks comments rally summit
  meeting event forum ceremony programme program show documentary posting tweet`.split(/\s+/u),
);
const PLATFORMS = new Set(
  'x twitter facebook telegram instagram threads bluesky linkedin tiktok youtube weibo truth social media'.split(' '),
);

/** The words after a setting's verb up to where the setting ends ("told Reuters | that …"). */
function settingEnd(tokens: readonly Token[], from: number, max = 16): number {
  let k = from;
  while (k < tokens.length && k - from < max) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'quote') break;
    if (t.kind === 'punct' && !/^['\-&]$/u.test(t.text)) break;
    const w = lower(t.text);
    if (SETTING_STOPS.has(w) || ENDS_A_SETTING.has(w)) break;
    const next = lower(tokens[k + 1]?.text ?? '');
    if ((w === 'on' || w === 'early' || w === 'late' || w === 'last' || w === 'this') && TIME_WORDS.has(next)) break;
    if (TIME_WORDS.has(w) && (w.endsWith('day') || w === 'tonight')) break;
    k += 1;
  }
  return k - 1;
}

/** Words that carry a "told X" setting on: "told reporters | when asked …", "| traveling with …", "| aboard …". */
const CARRY_ON = new Set(
  'when while as after before during in at on aboard traveling travelling outside from via'.split(' '),
);
/** Words that start the reported statement after "told X" ("told CNN | the threat is …"). */
const NOT_IN_AN_AUDIENCE = new Set('is was are were has had have would will could can it this there'.split(' '));

/**
 * Who was told: a name ("told Fox News", "told the BBC") or a few plain words ("told reporters",
 * "told a news conference"), then what carries it on ("when asked about the suspension"); the
 * statement that follows ("told CNN the threat is …") is not part of it.
 */
function toldEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  if (/^(the|a|an|his|her|their|its)$/u.test(lower(tokens[k]?.text ?? ''))) k += 1;
  const head = tokens[k];
  if (!isWord(head)) return from - 1;
  if (UPPER_START.test(head.text)) {
    while (isWord(tokens[k + 1]) && (UPPER_START.test(tokens[k + 1]?.text ?? '') || /'s$/u.test(tokens[k]?.text ?? '')))
      k += 1;
  } else {
    let words = 0;
    while (
      isWord(tokens[k + 1]) &&
      words < 3 &&
      !CARRY_ON.has(lower(tokens[k + 1]?.text ?? '')) &&
      !SETTING_STOPS.has(lower(tokens[k + 1]?.text ?? '')) &&
      !NOT_IN_AN_AUDIENCE.has(lower(tokens[k + 1]?.text ?? '')) &&
      !DETERMINERS.has(lower(tokens[k + 1]?.text ?? ''))
    ) {
      k += 1;
      words += 1;
    }
  }
  const next = lower(tokens[k + 1]?.text ?? '');
  const date =
    (next === 'on' || next === 'early' || next === 'late') && TIME_WORDS.has(lower(tokens[k + 2]?.text ?? ''));
  if (CARRY_ON.has(next) && !date) return settingEnd(tokens, k + 1);
  return k;
}

/** Where and to whom things were said, as the clause gives it. */
export function settingsIn(clause: Clause, paragraph: ParsedParagraph): Setting[] {
  const tokens = clause.tokens;
  const settings: Setting[] = [];
  const add = (from: number, to: number, anchor: number, lead: string, verb?: number): void => {
    const first = tokens[from];
    const last = tokens[to];
    if (first === undefined || last === undefined || to < from) return;
    const words = originalSlice(paragraph, first.start, last.end);
    const text = lead === '' ? words[0]?.toUpperCase() + words.slice(1) : `${lead} ${words}`;
    settings.push({
      paragraph: paragraph.index,
      start: first.start,
      end: last.end,
      text,
      anchor,
      ...(verb === undefined ? {} : { verb }),
    });
  };
  tokens.forEach((t, i) => {
    if (!isWord(t)) return;
    const w = lower(t.text);
    const next = lower(tokens[i + 1]?.text ?? '');
    if (w === 'told' || w === 'telling' || w === 'tells' || w === 'tell') {
      if (PRONOUNS.has(next) || /^(him|her|them|me|us)$/u.test(next) || next === 'by') return;
      const end = toldEnd(tokens, i + 1);
      if (end >= i + 1) add(i + 1, end, i, capitalise(w), i);
      return;
    }
    if (w === 'speaking' && /^(to|with|at|on|in|during|after|from|before)$/u.test(next)) {
      add(i, settingEnd(tokens, i + 2), i, '');
      return;
    }
    if (w === 'addressing' && isWord(tokens[i + 1])) {
      add(i, settingEnd(tokens, i + 1, 8), i, '');
      return;
    }
    if ((w === 'in' || w === 'during' || w === 'at') && /^(a|an|the|his|her|their|its)$/u.test(next)) {
      // "in a televised address", "during a CNN interview", "at a news conference with …"
      let k = i + 2;
      while (k < tokens.length && k < i + 7 && isWord(tokens[k]) && !SETTING_NOUNS.has(lower(tokens[k]?.text ?? '')))
        k += 1;
      if (!SETTING_NOUNS.has(lower(tokens[k]?.text ?? ''))) return;
      let end = k;
      if (/^(to|with|on|at|for|from|before|in)$/u.test(lower(tokens[k + 1]?.text ?? '')))
        end = settingEnd(tokens, k + 1);
      add(i, end, i, '');
      return;
    }
    if (/^(said|says|wrote|writes|posted|writing|posting|saying)$/u.test(w) && next === 'on') {
      // "said on Truth Social", "wrote on X"
      let k = i + 2;
      while (k < i + 5 && isWord(tokens[k]) && /^(his|her|their|its|the|own)$/u.test(lower(tokens[k]?.text ?? '')))
        k += 1;
      const platform = lower(tokens[k]?.text ?? '');
      if (!PLATFORMS.has(platform)) return;
      let end = k;
      while (
        end + 1 < tokens.length &&
        end < k + 3 &&
        isWord(tokens[end + 1]) &&
        /^(social|media|account|channel|network|page|feed)$/u.test(lower(tokens[end + 1]?.text ?? ''))
      )
        end += 1;
      const lead = w.startsWith('sa') ? 'On' : w.startsWith('wr') ? 'Wrote on' : 'Posted on';
      add(k, end, i, lead, i);
      return;
    }
    if (ADMITTED_TO.has(w) && next === 'to' && isName(tokens[i + 2])) {
      // "he admitted to ABC's This Week"
      let k = i + 2;
      while (
        isWord(tokens[k + 1]) &&
        (UPPER_START.test(tokens[k + 1]?.text ?? '') || /'s$/u.test(tokens[k]?.text ?? ''))
      )
        k += 1;
      add(i + 1, k, i, '', i);
      return;
    }
    if (
      (w === 'said' || w === 'speaking') &&
      next === 'from' &&
      (isName(tokens[i + 2]) || lower(tokens[i + 2]?.text ?? '') === 'the')
    ) {
      add(i + 1, settingEnd(tokens, i + 2, 6), i, '', i);
    }
  });
  return settings;
}

const capitalise = (s: string): string => (s.length === 0 ? s : s[0]?.toUpperCase() + s.slice(1));

/** Validation issues in the planner's language: every code translated, numbers in the locale's format. */
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODES, ISSUE_CODES_WITH_ALLOWED, ISSUE_CONTEXT_KINDS, ISSUE_TERM_KEYS, parseJsonText, validateScenario,
  type ValidationIssue,
} from '../../../sim';
import { refusalIssues } from '../../../renderer/app/useFileActions';
import { issueLine, translateIssue } from '../../../renderer/editor/model/issues';
import { I18nProvider, useI18n, type I18n } from '../../../renderer/i18n/I18nProvider';
import { en } from '../../../renderer/i18n/en';
import { validation as enValidation } from '../../../renderer/i18n/en/validation';
import type { Lang } from '../../../renderer/i18n/lang';
import { nb } from '../../../renderer/i18n/nb';
import { exampleScenario } from '../../support/scenarios';
import { issueCorpus } from '../../sim/scenario/issue-corpus';

/** The app's own i18n (t, lang) for a language, taken from the provider. */
function i18n(lang: Lang): I18n {
  let got: I18n | undefined;
  function Capture() {
    got = useI18n();
    return null;
  }
  renderToString(
    <I18nProvider lang={lang}>
      <Capture />
    </I18nProvider>,
  );
  return got!;
}

const NB = i18n('nb');
const EN = i18n('en');
const say = (issue: ValidationIssue, lang: I18n = NB) => translateIssue(issue, lang.t, lang.lang);

/** The issues of the example scenario after a change. */
function issuesAfter(change: (s: any) => void): ValidationIssue[] {
  const s: any = exampleScenario();
  change(s);
  const r = validateScenario(s);
  return r.ok ? r.warnings : r.issues;
}

const at = (issues: ValidationIssue[], path: string): ValidationIssue => {
  const found = issues.find((i) => i.path === path);
  expect(found, `no issue at ${path}: ${issues.map((i) => i.path).join(', ')}`).toBeDefined();
  return found!;
};

/** Intl's group separator in Norwegian is a no-break space; compare with plain spaces. */
const plain = (s: string | undefined): string | undefined => s?.replace(/[\u00a0\u202f]/g, ' ');

const keysAfter = (prefix: string): string[] => Object.keys(enValidation).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)).sort();

describe('the validation dictionaries', () => {
  it('translate exactly the codes, allowed texts, terms and contexts that sim exports', () => {
    expect(keysAfter('issue.')).toEqual([...ISSUE_CODES].sort());
    expect(keysAfter('issueAllowed.')).toEqual([...ISSUE_CODES_WITH_ALLOWED].sort());
    expect(keysAfter('issueTerm.')).toEqual([...ISSUE_TERM_KEYS].sort());
    expect(keysAfter('issueContext.')).toEqual([...ISSUE_CONTEXT_KINDS].sort());
    for (const key of Object.keys(enValidation)) {
      expect(key in en, key).toBe(true);
      expect(nb[key as keyof typeof nb], key).toBeTruthy();
    }
  });

  it('put every issue of a broad corpus into Norwegian and English, with every placeholder filled', () => {
    let count = 0;
    for (const c of issueCorpus()) {
      for (const issue of c.issues) {
        for (const lang of [NB, EN]) {
          const { message, allowed } = say(issue, lang);
          const where = `${c.name} (${lang.lang}): ${message} | ${allowed ?? ''}`;
          expect(message, where).not.toMatch(/\{[A-Za-z]+\}/);
          expect(allowed ?? '', where).not.toMatch(/\{[A-Za-z]+\}/);
          expect(allowed === undefined, where).toBe(issue.allowed === undefined);
        }
        // Norwegian differs from sim's English, so nothing fell back to it.
        expect(say(issue, NB).message, `${c.name}: ${issue.message}`).not.toBe(issue.message);
        count++;
      }
    }
    expect(count).toBeGreaterThan(700);
  });
});

describe('translateIssue', () => {
  it('a negative bed count: a whole number ≥ 0, got −3, allowed range with Norwegian digit grouping', () => {
    const issue = at(issuesAfter((s) => (s.services[2].beds = -3)), 'services.long.beds');
    expect(say(issue)).toEqual({ message: 'må være et heltall ≥ 0 (fikk −3)', allowed: expect.any(String) });
    expect(plain(say(issue).allowed)).toBe('heltall 0 til 1 000 000');
    expect(say(issue, EN)).toEqual({ message: 'must be a whole number ≥ 0 (got -3)', allowed: 'whole number 0 to 1,000,000' });
  });

  it('shares that do not sum to 100 %, in percent as the editor shows them (sim keeps the file’s fractions)', () => {
    const issue = at(issuesAfter((s) => (s.groups[0].share = 0.45)), 'groups');
    expect(issue.message).toBe('shares must sum to 1, but they sum to 1.25');
    expect(plain(say(issue).message)).toBe('andelene må summere til 100 %, men summerer til 125 %');
    expect(plain(say(issue).allowed)).toBe('andeler som summerer til 100 % (innenfor 0,0000001 %)');
    expect(plain(say(issue, EN).message)).toBe('shares must sum to 100 %, but they sum to 125 %');
    const entry = at(issuesAfter((s) => (s.groups[1].entry = { outpatient: 0.7, short: 0.55 })), 'groups.youth.entry');
    expect(plain(say(entry).message)).toBe('sannsynlighetene må summere til 100 %, men summerer til 125 %');
    const next = at(issuesAfter((s) => (s.services[0].next = { short: 0.7, outpatient: 0.37 })), 'services.detox.next');
    expect(plain(say(next, EN).message)).toBe('probabilities sum to 107 %; they may sum to at most 100 % (the rest is discharge)');
    expect(plain(say(next, EN).allowed)).toBe('sum ≤ 100 %');
  });

  it('a share out of range speaks in percent, the unit its field is shown in, in both languages', () => {
    const dropout = at(issuesAfter((s) => (s.services[0].dropoutShare = 1.5)), 'services.detox.dropoutShare');
    // The file's own English stays in fractions, with a note that says what 1 is.
    expect(dropout.message).toBe('must be ≤ 1 (1 = 100 %)');
    expect(dropout.allowed).toBe('number 0 to 1 (1 = 100 %)');
    expect(plain(say(dropout, EN).message)).toBe('must be at most 100 % (got 150 %)');
    expect(plain(say(dropout, EN).allowed)).toBe('0 % to 100 %');
    expect(plain(say(dropout).message)).toBe('må være høyst 100 % (fikk 150 %)');
    expect(plain(say(dropout).allowed)).toBe('0 % til 100 %');
    // Every other kind of share, a below-zero value, and digits that floats would blur (0.07 × 100 = 7.000000000000001).
    const cases: [(s: any) => void, string, string, string][] = [
      [(s) => (s.groups[0].share = -0.07), 'groups.acute.share', 'må være minst 0 % (fikk −7 %)', 'must be at least 0 % (got -7 %)'],
      [(s) => (s.groups[1].entry = { outpatient: 1.5, short: -0.5 }), 'groups.youth.entry.outpatient', 'må være høyst 100 % (fikk 150 %)', 'must be at most 100 % (got 150 %)'],
      [(s) => (s.services[0].next = { short: 1.015 }), 'services.detox.next.short', 'må være høyst 100 % (fikk 101,5 %)', 'must be at most 100 % (got 101.5 %)'],
      [(s) => (s.aftercare.needShare.inpatient = 2), 'aftercare.needShare.inpatient', 'må være høyst 100 % (fikk 200 %)', 'must be at most 100 % (got 200 %)'],
      [(s) => (s.relapse.probability.droppedOut = 1.1), 'relapse.probability.droppedOut', 'må være høyst 100 % (fikk 110 %)', 'must be at most 100 % (got 110 %)'],
      [(s) => (s.relapse.reReferralShare = 3), 'relapse.reReferralShare', 'må være høyst 100 % (fikk 300 %)', 'must be at most 100 % (got 300 %)'],
      [(s) => (s.referrals.growth = 1.2), 'referrals.growth', 'må være høyst 100 % (fikk 120 %)', 'must be at most 100 % (got 120 %)'],
      [(s) => (s.referrals.growth = -1), 'referrals.growth', 'må være mer enn −100 % (fikk −100 %)', 'must be more than -100 % (got -100 %)'],
    ];
    for (const [change, path, nbText, enText] of cases) {
      const issue = at(issuesAfter(change), path);
      expect(plain(say(issue).message), path).toBe(nbText);
      expect(plain(say(issue, EN).message), path).toBe(enText);
    }
    const growth = at(issuesAfter((s) => (s.referrals.growth = 'x')), 'referrals.growth');
    expect(plain(say(growth).allowed)).toBe('mer enn −100 % og høyst 100 %');
    // A service named by its index (ids repeated) is still a share shown in percent.
    const byIndex = at(issuesAfter((s) => {
      s.services[1].id = 'detox';
      s.services[1].dropoutShare = 1.5;
    }), 'services[1].dropoutShare');
    expect(plain(say(byIndex, EN).message)).toBe('must be at most 100 % (got 150 %)');
  });

  it('numbers that are not shares, and shares inside another file, keep their own unit', () => {
    const beds = at(issuesAfter((s) => (s.services[2].beds = 1.5)), 'services.long.beds');
    expect(say(beds, EN).message).toBe('must be a whole number (got 1.5)');
    const seasonality = at(issuesAfter((s) => (s.referrals.seasonality = [13, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])), 'referrals.seasonality[0]');
    expect(say(seasonality, EN).message).toBe('must be ≤ 12 (got 13)');
    // A run file's scenario (`scenario.…`) is not a field of the editor: fractions, with the note.
    const dropout = at(issuesAfter((s) => (s.services[0].dropoutShare = 1.5)), 'services.detox.dropoutShare');
    const inFile = { ...dropout, path: `scenario.${dropout.path}` };
    expect(say(inFile, EN)).toEqual({ message: 'must be ≤ 1 (1 = 100 %) (got 1.5)', allowed: 'number 0 to 1 (1 = 100 %)' });
    expect(say(inFile).message).toBe('må være ≤ 1 (1 = 100 %) (fikk 1,5)');
  });

  it('an unknown field and an unknown id, with the suggestion in Norwegian quotes', () => {
    const issues = issuesAfter((s) => {
      s.services[0].bedz = 1;
      s.groups[0].entry = { detx: 1 };
    });
    expect(say(at(issues, 'services.detox.bedz')).message).toBe('ukjent felt i et behandlingstilbud; mente du «beds»?');
    const unknown = at(issues, 'groups.acute.entry.detx');
    expect(say(unknown)).toEqual({ message: 'ingen tilbud har ID-en «detx»; mente du «detox»?', allowed: 'detox, short, long, outpatient' });
    const far = at(issuesAfter((s) => (s.zzzzzzzz = 1)), 'zzzzzzzz');
    expect(say(far).message).toBe('ukjent felt i et scenario');
    expect(say(far).allowed).toContain('horizonDays, warmupDays');
  });

  it('terms, options and notes in Norwegian words', () => {
    expect(say(at(issuesAfter((s) => (s.groups[1].share = 'tolv')), 'groups.youth.share')).message).toBe('må være et tall, ikke en tekst');
    expect(say(at(issuesAfter((s) => (s.horizonDays = '30')), 'horizonDays')).message).toBe('må være et tall, ikke en tekst (skriv det uten anførselstegn)');
    const discipline = say(at(issuesAfter((s) => (s.waitingList.discipline = 'fifa')), 'waitingList.discipline'));
    expect(discipline).toEqual({ message: 'må være én av «fifo» eller «earliestDeadline»; mente du «fifo»?', allowed: '«fifo» eller «earliestDeadline»' });
    const horizon = say(at(issuesAfter((s) => (s.horizonDays = 40_000)), 'horizonDays'));
    expect(plain(horizon.message)).toBe('må være ≤ 36 500 (100 år) (fikk 40 000)');
    expect(plain(horizon.allowed)).toBe('tall > 0 og ≤ 36 500 (100 år)');
    expect(plain(say(at(issuesAfter((s) => (s.seed = 1e308)), 'seed')).message)).toBe('må være ≤ 9 007 199 254 740 991 (2^53 − 1) (fikk 1E308)');
    expect(say(at(issuesAfter((s) => (s.referrals = [])), 'referrals')).message).toBe('må være antall henvisninger, ikke en liste');
    const full = say(at(issuesAfter((s) => (s.initialState = { inService: { detox: 30 } })), 'initialState.inService.detox'));
    expect(full).toEqual({ message: 'tilbudet «detox» har 25 senger, men 30 pasienter er i behandling der', allowed: 'heltall 0 til 25' });
  });

  it('a loop of services, with the members joined in Norwegian', () => {
    const issue = at(issuesAfter((s) => {
      s.services[1].next = { long: 1 };
      s.services[1].dropoutShare = 0;
      s.services[2].next = { short: 1 };
      s.services[2].dropoutShare = 0;
    }), 'services.short.next');
    expect(say(issue).message).toMatch(/^tilbudene «short» og «long» danner en sløyfe \(short → long → short\)/);
  });

  it('study changes name their variant', () => {
    const issue: ValidationIssue = { ...at(issuesAfter((s) => (s.services[2].beds = -3)), 'services.long.beds'), context: { kind: 'variant', name: 'færre senger', index: 0 } };
    expect(say(issue).message).toBe('varianten «færre senger» (variants[0]): må være et heltall ≥ 0 (fikk −3)');
    expect(say({ ...issue, context: { kind: 'label', label: 'x' } }, EN).message).toBe('x: must be a whole number ≥ 0 (got -3)');
  });

  it('falls back to sim’s English message for a code it does not know', () => {
    const issue = { path: 'x', code: 'made.up', params: {}, message: 'is odd', allowed: 'even', severity: 'error' } as unknown as ValidationIssue;
    expect(say(issue)).toEqual({ message: 'is odd', allowed: 'even' });
  });
});

describe('problems of a file that does not open', () => {
  it('a JSON syntax error, with its place in Norwegian', () => {
    const parsed = parseJsonText('{"a": 1 // note\n}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(issueLine(parsed.issues[0], NB.t, 'nb')).toBe('(file): uventet «/» (kommentarer er ikke tillatt i JSON); forventet «,» eller «}» på linje 1, kolonne 9');
  });

  it('a newer or another kind of Kapasim file, or not an object, is refused by its schema issue', () => {
    const newer = refusalIssues({ schema: 'kapasim/scenario@2' });
    expect(newer.map((i) => issueLine(i, NB.t, 'nb'))).toEqual(['schema: filen er skrevet av en nyere versjon av Kapasim (schema kapasim/scenario@2); denne versjonen leser kapasim/scenario@1']);
    expect(refusalIssues({ schema: 'kapasim/study@1', name: 'x' }).map((i) => issueLine(i, EN.t, 'en'))).toEqual(['schema: this is a Kapasim study file (kapasim/study@1), not a scenario file (kapasim/scenario@1)']);
    expect(refusalIssues([1]).map((i) => issueLine(i, NB.t, 'nb'))).toEqual(['(file): må være et JSON-objekt med et scenario, ikke en liste (tillatt: et objekt med "schema": "kapasim/scenario@1")']);
    expect(refusalIssues({ name: 'no schema' }).map((i) => i.code)).toEqual(['schema.required']);
    expect(refusalIssues({ schema: 'kapasim/scenario@1', horizonDays: -1 })).toEqual([]);
  });
});

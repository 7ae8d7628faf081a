import { describe, expect, it } from 'vitest';
import { changeRows, scaledCount, withChange, withoutChange } from '../../../renderer/study/model/changes';
import { isNullablePath, parseChangeText, parseFreeValue } from '../../../renderer/study/model/change-text';
import { fieldKind, keyFields, tornadoFields } from '../../../renderer/study/model/fields';
import { formatFieldValue, pathLabel, relativeChangeText } from '../../../renderer/study/model/labels';
import { plain, textFor } from '../results/support';
import { smallDefault } from './support';

const base = smallDefault();

describe('the changes of a variant against the baseline', () => {
  it('lists each change with the baseline value beside it, in the order made', () => {
    const changes = { 'services.long.beds': 75, 'aftercare.places': 372, 'services.long.maxStayDays': null };
    expect(changeRows(base, changes)).toEqual([
      { path: 'services.long.beds', from: 88, to: 75 },
      { path: 'aftercare.places', from: 248, to: 372 },
      { path: 'services.long.maxStayDays', from: 365, to: null },
    ]);
    expect(changeRows(base, { 'services.nope.beds': 3 })).toEqual([{ path: 'services.nope.beds', from: undefined, to: 3 }]);
  });
  it('drops a change set back to the baseline value or emptied, and keeps the others', () => {
    let c = withChange(base, {}, 'services.long.beds', 75);
    c = withChange(base, c, 'aftercare.places', 300);
    expect(c).toEqual({ 'services.long.beds': 75, 'aftercare.places': 300 });
    expect(withChange(base, c, 'services.long.beds', 88)).toEqual({ 'aftercare.places': 300 });
    expect(withChange(base, c, 'aftercare.places', undefined)).toEqual({ 'services.long.beds': 75 });
    expect(withoutChange(c, 'aftercare.places')).toEqual({ 'services.long.beds': 75 });
    expect(c).toEqual({ 'services.long.beds': 75, 'aftercare.places': 300 });
  });
  it('reads "−15 %" and "+20 %" as changes from the baseline, counts rounded', () => {
    expect(scaledCount(88, -15)).toBe(75);
    expect(parseChangeText('-15 %', 'en', 'count', 88, false)).toBe(75);
    expect(parseChangeText('\u221215%', 'nb', 'count', 88, false)).toBe(75);
    expect(parseChangeText('+20 %', 'en', 'count', 740, false)).toBe(888);
    expect(parseChangeText('+50%', 'en', 'count', 248, false)).toBe(372);
    expect(parseChangeText('-25 %', 'en', 'days', 365, true)).toBe(273.75);
    expect(parseChangeText('+2,5 %', 'nb', 'days', 100, true)).toBe(102.5);
  });
  it('reads plain numbers in the locale, shares typed as %, empties as baseline or none', () => {
    expect(parseChangeText('75', 'en', 'count', 88, false)).toBe(75);
    expect(parseChangeText('1,600', 'en', 'perYear', 1510, false)).toBe(1600);
    expect(parseChangeText('1 600', 'nb', 'perYear', 1510, false)).toBe(1600);
    expect(parseChangeText('2', 'en', 'share', 0, false)).toBe(0.02);
    expect(parseChangeText('-2 %', 'en', 'share', 0, false)).toBe('-2 %');
    expect(parseChangeText('', 'en', 'count', 88, false)).toBeUndefined();
    expect(parseChangeText(' ', 'en', 'days', 365, true)).toBeNull();
    expect(parseChangeText('many', 'en', 'count', 88, false)).toBe('many');
    expect(isNullablePath('services.long.maxStayDays')).toBe(true);
    expect(isNullablePath('services.long.beds')).toBe(false);
    expect([parseFreeValue('12', 'en'), parseFreeValue('null', 'en'), parseFreeValue('fifo', 'en'), parseFreeValue('true', 'en'), parseFreeValue('0,5', 'nb')]).toEqual([12, null, 'fifo', true, 0.5]);
  });
});

describe('key fields and their words', () => {
  it('lists capacity, maximum and mean stay per service, then the system-wide fields', () => {
    const paths = keyFields(base).map((f) => f.path);
    expect(paths.slice(0, 3)).toEqual(['services.detox.beds', 'services.detox.maxStayDays', 'services.detox.stayDays.mean']);
    expect(paths).toContain('services.outpatient.slots');
    expect(paths.slice(-5)).toEqual(['aftercare.places', 'aftercare.durationDays.mean', 'waitingList.meanPatienceDays', 'referrals.perYear', 'referrals.growth']);
    expect(tornadoFields(base).map((f) => f.path)).not.toContain('referrals.growth');
    expect(tornadoFields(base).map((f) => f.path)).not.toContain('services.outpatient.maxStayDays');
    expect(['services.long.beds', 'aftercare.needShare.inpatient', 'referrals.growth', 'services.long.maxStayDays', 'referrals.perYear', 'seed'].map(fieldKind)).toEqual(['count', 'share', 'share', 'days', 'perYear', 'number']);
  });
  it('names paths with the scenario’s own service names, in both languages', () => {
    const en = textFor('en');
    const nb = textFor('nb');
    expect(pathLabel('services.long.beds', base, en)).toBe('Long-term (6–12 months): beds');
    expect(pathLabel('services.long.beds', base, nb)).toBe('Long-term (6–12 months): senger');
    expect(pathLabel('services.outpatient.stayDays.mean', base, en)).toBe('Outpatient: mean length of stay');
    expect(pathLabel('groups.youth.deadlineDays', base, en)).toBe('Under 23: deadline');
    expect(pathLabel('aftercare.places', base, nb)).toBe('Ettervernsplasser');
    expect(pathLabel('relapse.windowDays', base, en)).toBe('relapse.windowDays');
    expect(pathLabel('services.nope.beds', base, en)).toBe('services.nope.beds');
  });
  it('shows values with units and the relative change with a true minus', () => {
    const en = textFor('en');
    const nb = textFor('nb');
    expect(plain(formatFieldValue(365, 'days', en))).toBe('365 days');
    expect(plain(formatFieldValue(0.02, 'share', en))).toBe('2 %');
    expect(plain(formatFieldValue(1510, 'perYear', nb))).toBe('1 510 per år');
    expect(formatFieldValue(null, 'days', en)).toBe('none');
    expect(plain(relativeChangeText(88, 75, en)!)).toBe('\u221214.8 %');
    expect(plain(relativeChangeText(740, 888, nb)!)).toBe('+20,0 %');
    expect(relativeChangeText(0, 5, en)).toBeNull();
  });
});

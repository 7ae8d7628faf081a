import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../sim';
import { setIn } from '../../../renderer/app/edit-path';
import { issuePath, pathPrefixes } from '../../../renderer/editor/model/issue-path';
import { focusTarget, indexIssues, sectionOf } from '../../../renderer/editor/model/issues';
import { exampleScenario } from '../../support/scenarios';

const draft = (): Record<string, unknown> => exampleScenario() as unknown as Record<string, unknown>;

/** The issue paths validation reports for a draft. */
const reported = (d: unknown): string[] => {
  const v = validateScenario(d);
  return (v.ok ? v.warnings : v.issues).map((i) => i.path);
};

describe('issuePath names fields the way validation does', () => {
  it('names services and groups by their id', () => {
    const d = draft();
    expect(issuePath(d, ['services', 2, 'beds'])).toBe('services.long.beds');
    expect(issuePath(d, ['services', 0, 'stayDays', 'sd'])).toBe('services.detox.stayDays.sd');
    expect(issuePath(d, ['groups', 1, 'entry', 'short'])).toBe('groups.youth.entry.short');
    expect(issuePath(d, ['services', 0, 'next', 'outpatient'])).toBe('services.detox.next.outpatient');
  });

  it('joins other keys and indices like sim', () => {
    const d = draft();
    expect(issuePath(d, ['referrals', 'seasonality', 3])).toBe('referrals.seasonality[3]');
    expect(issuePath(d, ['relapse', 'probability', 'droppedOut'])).toBe('relapse.probability.droppedOut');
    expect(issuePath(d, ['notes', 'services.long.beds'])).toBe('notes["services.long.beds"]');
    expect(issuePath(d, ['horizonDays'])).toBe('horizonDays');
  });

  it('falls back to the index for missing, invalid, reserved and duplicate ids', () => {
    let d = setIn(draft(), ['services', 1, 'id'], 'detox');
    expect(issuePath(d, ['services', 0, 'beds'])).toBe('services[0].beds');
    expect(issuePath(d, ['services', 1, 'beds'])).toBe('services[1].beds');
    expect(issuePath(d, ['services', 2, 'beds'])).toBe('services.long.beds');
    d = setIn(draft(), ['groups', 0, 'id'], 'has space');
    expect(issuePath(d, ['groups', 0, 'share'])).toBe('groups[0].share');
    d = setIn(draft(), ['groups', 0, 'id'], 'constructor');
    expect(issuePath(d, ['groups', 0, 'share'])).toBe('groups[0].share');
    d = setIn(draft(), ['groups', 0, 'id'], undefined);
    expect(issuePath(d, ['groups', 0, 'deadlineDays'])).toBe('groups[0].deadlineDays');
  });

  it('agrees with validateScenario on the paths it reports', () => {
    const cases: { edit: (string | number)[]; value: unknown; setup?: (d: Record<string, unknown>) => Record<string, unknown> }[] = [
      { edit: ['services', 2, 'beds'], value: -3 },
      { edit: ['services', 1, 'dropoutShare'], value: 'abc' },
      { edit: ['groups', 1, 'deadlineDays'], value: -1 },
      { edit: ['referrals', 'perYear'], value: '1,5' },
      { edit: ['relapse', 'probability', 'droppedOut'], value: 1.5 },
      { edit: ['services', 0, 'stayDays', 'sd'], value: -2 },
      { edit: ['services', 1, 'beds'], value: -1, setup: (d) => setIn(d, ['services', 1, 'id'], 'detox') },
      { edit: ['groups', 2, 'share'], value: 2, setup: (d) => setIn(d, ['groups', 2, 'id'], 'bad id') },
      { edit: ['initialState', 'waiting', 'long'], value: -4, setup: (d) => setIn(d, ['initialState'], { waiting: {} }) },
    ];
    for (const c of cases) {
      const base = c.setup ? c.setup(draft()) : draft();
      const d = setIn(base, c.edit, c.value);
      expect(reported(d), JSON.stringify(c.edit)).toContain(issuePath(d, c.edit));
    }
  });
});

describe('focus targets and sections', () => {
  it('lists a path and its ancestors', () => {
    expect(pathPrefixes('services.long.stayDays.sd')).toEqual(['services.long.stayDays.sd', 'services.long.stayDays', 'services.long', 'services']);
    expect(pathPrefixes('referrals.seasonality[3]')).toEqual(['referrals.seasonality[3]', 'referrals.seasonality', 'referrals']);
    expect(pathPrefixes('notes["a.b"]')).toEqual(['notes["a.b"]', 'notes']);
  });

  it('focuses the field, else its nearest shown ancestor, else its section', () => {
    const shown = new Set(['services.long.stayDays', 'services.long']);
    expect(focusTarget('services.long.stayDays.sd', (id) => shown.has(id))).toBe('services.long.stayDays');
    expect(focusTarget('services.long.foo', (id) => shown.has(id))).toBe('services.long');
    expect(focusTarget('costs.bedDayNok', () => false)).toBe('editor-section-costs');
    expect(sectionOf('groups.youth.share')).toBe('referrals');
    expect(sectionOf('waitingList.discipline')).toBe('assessment');
    expect(sectionOf('initialState.waiting.long')).toBe('run');
    expect(sectionOf('(file)')).toBe('general');
  });

  it('indexes issues by path, below a path and by section', () => {
    const d = setIn(setIn(draft(), ['services', 2, 'beds'], -3), ['services', 2, 'stayDays', 'sd'], -1);
    const index = indexIssues(validateScenario(d));
    expect(index.at('services.long.beds')).toHaveLength(1);
    expect(index.under('services.long.stayDays').map((i) => i.path)).toEqual(['services.long.stayDays.sd']);
    expect(index.under('services.long')).toHaveLength(2);
    expect(index.bySection.get('services')).toBe(2);
    expect(index.errorCount).toBe(2);
  });
});

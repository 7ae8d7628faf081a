/**
 * Which fields the app shows in percent (renderer/editor/model/percent-fields.ts), so that
 * their validation messages speak in percent: the list must match the editor's own inputs.
 */
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppStoreProvider } from '../../../renderer/app/AppStore';
import { EditorView } from '../../../renderer/editor/EditorView';
import { isPercentField, speaksInPercent } from '../../../renderer/editor/model/percent-fields';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import { exampleScenario } from '../../support/scenarios';

/** Every number input of the editor with the unit shown beside it. */
function inputsWithUnits(): Map<string, string> {
  const html = renderToString(
    <I18nProvider lang="en">
      <AppStoreProvider initial={exampleScenario() as unknown as Record<string, unknown>}>
        <EditorView />
      </AppStoreProvider>
    </I18nProvider>,
  );
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<input[^>]*\sid="([^"]*)"[^>]*inputMode="decimal"[^>]*>(?:<span class="unit">([^<]*)<\/span>)?/g)) out.set(m[1]!.replace(/&quot;/g, '"'), m[2] ?? '');
  return out;
}

describe('fields shown in percent', () => {
  it('are exactly the editor inputs whose unit is %', () => {
    const inputs = inputsWithUnits();
    expect(inputs.size).toBeGreaterThan(40);
    const percent = [...inputs].filter(([, unit]) => unit.startsWith('%')).map(([id]) => id);
    // Every kind of share is there: dropout, next, group share, entry, aftercare need, relapse, growth.
    expect(percent).toEqual(expect.arrayContaining([
      'services.detox.dropoutShare', 'services.detox.next.short', 'groups.youth.share', 'groups.youth.entry.outpatient',
      'aftercare.needShare.inpatient', 'relapse.probability.droppedOut', 'relapse.reReferralShare', 'referrals.growth',
    ]));
    for (const [id, unit] of inputs) expect(isPercentField(id), `${id} (unit "${unit}")`).toBe(unit.startsWith('%'));
  });

  it('are named by id or by index, as validation names them, and only in the scenario being edited', () => {
    expect(isPercentField('services[2].dropoutShare')).toBe(true);
    expect(isPercentField('groups[0].entry["odd key"]')).toBe(true);
    expect(isPercentField('services.detox.beds')).toBe(false);
    expect(isPercentField('services.detox.next')).toBe(false);
    expect(isPercentField('scenario.services.detox.dropoutShare')).toBe(false);
    expect(isPercentField('baseline.relapse.reReferralShare')).toBe(false);
    expect(isPercentField('metrics.dropoutShare')).toBe(false);
  });

  it('number issues of those fields and sums of shares speak in percent; other issues do not', () => {
    expect(speaksInPercent({ code: 'number.max', path: 'groups.acute.share' })).toBe(true);
    expect(speaksInPercent({ code: 'sum.sharesNotOne', path: 'groups' })).toBe(true);
    expect(speaksInPercent({ code: 'sum.entryNotOne', path: 'groups.youth.entry' })).toBe(true);
    expect(speaksInPercent({ code: 'sum.nextOverOne', path: 'services[1].next' })).toBe(true);
    expect(speaksInPercent({ code: 'sum.sharesNotOne', path: 'baseline.groups' })).toBe(false);
    expect(speaksInPercent({ code: 'id.unknownService', path: 'groups.youth.entry.detx' })).toBe(false);
    expect(speaksInPercent({ code: 'number.max', path: 'services.long.beds' })).toBe(false);
  });
});

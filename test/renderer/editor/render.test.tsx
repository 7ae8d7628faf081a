/** The editor rendered to a string (react-dom/server), as a planner would first see it. */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppStoreProvider } from '../../../renderer/app/AppStore';
import { setIn } from '../../../renderer/app/edit-path';
import { DistributionDialog } from '../../../renderer/editor/distribution/DistributionDialog';
import { EditorView } from '../../../renderer/editor/EditorView';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import type { Lang } from '../../../renderer/i18n/lang';
import { exampleScenario } from '../../support/scenarios';

type Draft = Record<string, unknown>;

const draft = (): Draft => exampleScenario() as unknown as Draft;

function render(d: Draft, lang: Lang, body: ReactNode = <EditorView />): string {
  return renderToString(
    <I18nProvider lang={lang}>
      <AppStoreProvider initial={d}>{body}</AppStoreProvider>
    </I18nProvider>,
  );
}

/** An id as it appears in HTML (quotes in ids such as notes["x"] are escaped). */
const idAttr = (id: string): string => `id="${id.replace(/"/g, '&quot;')}"`;

/** The opening tag of the element with this id. */
function tag(html: string, id: string): string {
  const at = html.indexOf(idAttr(id));
  expect(at, `no element with id ${id}`).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
}

const attr = (t: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(t)?.[1];

describe('inline validation', () => {
  it('shows an invalid value’s message beside its field, which is aria-invalid', () => {
    const html = render(setIn(draft(), ['services', 2, 'beds'], -3), 'en');
    const input = tag(html, 'services.long.beds');
    expect(input).toMatch(/^<input/);
    expect(attr(input, 'aria-invalid')).toBe('true');
    expect(attr(input, 'aria-describedby')).toBe('services.long.beds--issues');
    expect(attr(input, 'value')).toBe('-3');
    const inputAt = html.indexOf(input);
    const listAt = html.indexOf('id="services.long.beds--issues"');
    expect(listAt).toBeGreaterThan(inputAt);
    expect(listAt).toBeLessThan(html.indexOf('<td', inputAt)); // in the same table cell
    expect(html.slice(listAt, html.indexOf('</ul>', listAt))).toContain('must be a whole number');
    // … and in the summary at the top, linking to the field.
    expect(html.indexOf('href="#services.long.beds"')).toBeLessThan(inputAt);
    expect(html).toContain('data-testid="problem-summary"');
  });

  it('keeps text that is not a number, so validation reports it (Norwegian)', () => {
    const html = render(setIn(draft(), ['groups', 1, 'share'], 'tolv'), 'nb');
    const input = tag(html, 'groups.youth.share');
    expect(attr(input, 'value')).toBe('tolv');
    expect(attr(input, 'aria-invalid')).toBe('true');
    expect(html).toContain('må være et tall, ikke en tekst');
    expect(html).not.toContain('must be a number');
    expect(html).toContain('Feil:');
  });

  it('marks a distribution invalid when a parameter inside it is', () => {
    const html = render(setIn(draft(), ['aftercare', 'durationDays', 'sd'], -1), 'en');
    const button = tag(html, 'aftercare.durationDays');
    expect(button).toMatch(/^<button/);
    expect(attr(button, 'aria-invalid')).toBe('true');
    expect(html).toContain('id="aftercare.durationDays--issues"');
  });

  it('shows a valid scenario without problems', () => {
    const html = render(draft(), 'en');
    expect(html).toContain('data-testid="scenario-editor"');
    expect(html).not.toContain('aria-invalid="true"');
    expect(html).not.toContain('data-testid="problem-summary"');
  });
});

describe('fields', () => {
  it('shows shares as percentages with the locale’s decimal mark', () => {
    const d = setIn(draft(), ['services', 1, 'dropoutShare'], 0.145);
    const nb = render(d, 'nb');
    expect(attr(tag(nb, 'groups.youth.share'), 'value')).toBe('12');
    expect(attr(tag(nb, 'groups.adult.entry.detox'), 'value')).toBe('8');
    expect(attr(tag(nb, 'services.short.dropoutShare'), 'value')).toBe('14,5');
    expect(attr(tag(render(d, 'en'), 'services.short.dropoutShare'), 'value')).toBe('14.5');
    expect(attr(tag(nb, 'services.outpatient.maxStayDays'), 'placeholder')).toBe('ingen');
  });

  it('covers every field of the scenario file', () => {
    const d = setIn(setIn(setIn(draft(), ['referrals', 'seasonality'], Array(12).fill(1)), ['initialState'], { waiting: { long: 3 }, inService: {} }), ['notes'], { 'services.long.beds': 'source' });
    const html = render(d, 'en');
    const ids = [
      'name', 'description', 'horizonDays', 'warmupDays', 'replications', 'seed',
      'referrals.perYear', 'referrals.growth', 'referrals.seasonality[0]', 'referrals.seasonality[11]',
      'groups.acute.id', 'groups.acute.label', 'groups.acute.share', 'groups.acute.deadlineDays', 'groups.acute.entry.detox',
      'assessment.delayDays', 'waitingList.discipline', 'waitingList.meanPatienceDays', 'waitingList.pretreatmentPatienceFactor',
      'services.detox.id', 'services.detox.label', 'services.detox.kind', 'services.detox.beds', 'services.outpatient.slots',
      'services.detox.stayDays', 'services.detox.maxStayDays', 'services.detox.dropoutShare', 'services.detox.next.short',
      'aftercare.places', 'aftercare.durationDays', 'aftercare.needShare.inpatient', 'aftercare.needShare.outpatient',
      'aftercare.whenFull', 'aftercare.maxWaitInBedDays',
      'relapse.windowDays', 'relapse.probability.completedWithAftercare', 'relapse.probability.completedWithoutAftercare',
      'relapse.probability.droppedOut', 'relapse.timeToRelapseDays', 'relapse.reReferralShare',
      'costs.bedDayNok', 'costs.outpatientSlotDayNok', 'costs.aftercarePlaceDayNok',
      'initialState.waiting.long', 'initialState.inService.detox', 'notes["services.long.beds"]',
    ];
    for (const id of ids) expect(html, id).toContain(idAttr(id));
  });

  it('gives every control a label and every id one element', () => {
    for (const lang of ['nb', 'en'] as const) {
      const html = render(setIn(draft(), ['referrals', 'seasonality'], Array(12).fill(1)), lang);
      const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((x) => x[1]);
      expect(ids.length).toBeGreaterThan(100);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      for (const control of html.match(/<(input|select|textarea)\b[^>]*>/g) ?? []) {
        const id = attr(control, 'id');
        const labelled = attr(control, 'aria-label') !== undefined || (id !== undefined && html.includes(`for="${id}"`));
        expect(labelled, control).toBe(true);
      }
    }
  });

  it('names the sections in Norwegian with TSB terms', () => {
    const html = render(draft(), 'nb');
    for (const heading of ['Henvisninger og pasientgrupper', 'Vurdering og venteliste', 'Behandlingstilbud', 'Ettervern', 'Tilbakefall og reinnleggelse', 'Kostnader']) {
      expect(html).toContain(heading);
    }
    expect(html).toContain('kr per liggedøgn');
  });
});

describe('pathway diagram', () => {
  it('is a self-contained SVG with every service and its capacity', () => {
    const html = render(draft(), 'en');
    const start = html.indexOf('<svg', html.indexOf('editor-section-pathway'));
    const svg = html.slice(start, html.indexOf('</svg>', start) + 6);
    expect(svg).toContain('data-testid="pathway-diagram"');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    for (const label of ['Detox', 'Short-term (3 months)', 'Long-term (6–9 months)', 'Outpatient', '25 beds', '1,500 slots', 'Referrals']) expect(svg).toContain(label);
    expect(svg.match(/\sclass="/g) ?? []).toHaveLength(1); // only the root's, for the page; everything inside is styled inline
    expect(svg).toContain('35%');
  });
});

describe('distribution editor', () => {
  it('previews the shape with mean, median and p90, x axis in days', () => {
    const html = render(draft(), 'nb', <DistributionDialog path={['services', 2, 'stayDays']} title="Liggetid" onClose={() => {}} />);
    expect(html).toContain('data-testid="distribution-editor"');
    expect(attr(tag(html, 'services.long.stayDays.mean'), 'value')).toBe('200');
    expect(attr(tag(html, 'services.long.stayDays.sd'), 'value')).toBe('60');
    expect(html).toMatch(/<svg[^>]*aria-label="Histogram av 20[\s\u00a0]000 trekninger; x-aksen i dager"/);
    expect(html).toContain('Median');
    expect(html).toContain('90-persentil');
    expect((html.match(/<rect/g) ?? []).length).toBeGreaterThan(10);
  });

  it('says when there is nothing to preview yet', () => {
    const html = render(setIn(draft(), ['services', 2, 'stayDays', 'mean'], 'x'), 'en', <DistributionDialog path={['services', 2, 'stayDays']} title="Stay" onClose={() => {}} />);
    expect(html).toContain('The preview appears when the parameters are valid.');
    expect(attr(tag(html, 'services.long.stayDays.mean'), 'aria-invalid')).toBe('true');
  });
});

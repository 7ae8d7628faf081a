import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../sim';
import { initialState, reducer } from '../../../renderer/app/store';
import { mergeKeyFor, nextEditSession } from '../../../renderer/editor/model/edit-session';
import { addGroup, addService, removeService, renameService, serviceReferences } from '../../../renderer/editor/model/service-ops';
import { exampleScenario } from '../../support/scenarios';

const draft = (): Record<string, unknown> => exampleScenario() as unknown as Record<string, unknown>;

describe('services that others route to', () => {
  it('finds every route, override and initial count', () => {
    const d = draft();
    (d.initialState as unknown) = { waiting: { short: 3 } };
    const refs = serviceReferences(d, 'short');
    expect(refs).toEqual([
      { where: 'entry', index: 1, share: 0.3 },
      { where: 'entry', index: 2, share: 0.08 },
      { where: 'next', index: 0, share: 0.35 },
      { where: 'initialState', index: -1 },
    ]);
    expect(serviceReferences(d, 'long')).toEqual([{ where: 'entry', index: 2, share: 0.04 }]);
  });

  it('removes a service with its routes, as one new draft', () => {
    const d = draft();
    const out = removeService(d, 1);
    expect((out.services as { id: string }[]).map((s) => s.id)).toEqual(['detox', 'long', 'outpatient']);
    expect((out.services as { next?: object }[])[0].next).toEqual({ outpatient: 0.35 });
    expect((out.groups as { entry: object }[])[1].entry).toEqual({ outpatient: 0.7 });
    expect((d.services as unknown[]).length).toBe(4); // the old draft is untouched (undo)
    const v = validateScenario(out);
    expect(v.ok).toBe(false); // youth's entry no longer sums to 1, which validation says
    if (!v.ok) expect(v.issues.map((i) => i.path)).toContain('groups.youth.entry');
  });

  it('renames references with the id, unless the new id is taken', () => {
    const out = renameService(draft(), 1, 'shortterm');
    expect(validateScenario(out).ok).toBe(true);
    expect((out.groups as { entry: object }[])[1].entry).toEqual({ outpatient: 0.7, shortterm: 0.3 });
    const clash = renameService(draft(), 1, 'long');
    expect((clash.groups as { entry: object }[])[1].entry).toEqual({ outpatient: 0.7, short: 0.3 });
  });

  it('adds services and groups that keep a valid scenario valid', () => {
    const d = addGroup(addService(addService(draft(), 'inpatient', 'New unit'), 'outpatient', 'New clinic'), 'New group');
    const v = validateScenario(d);
    expect(v.ok).toBe(true);
    expect((d.services as { id: string }[]).map((s) => s.id).slice(-2)).toEqual(['unit', 'clinic']);
    expect((d.groups as { id: string; share: number }[]).at(-1)).toMatchObject({ id: 'group', share: 0 });
  });
});

describe('undo steps', () => {
  it('merges the keystrokes of one visit to a field, not two visits', () => {
    const path = ['services', 2, 'beds'];
    let state = initialState(draft());
    const first = nextEditSession();
    for (const v of [8, 80, 85]) state = reducer(state, { type: 'edit', path, value: v, mergeKey: mergeKeyFor(path, first) });
    expect(state.past).toHaveLength(1);
    const second = nextEditSession();
    state = reducer(state, { type: 'edit', path, value: 86, mergeKey: mergeKeyFor(path, second) });
    expect(state.past).toHaveLength(2);
    state = reducer(reducer(state, { type: 'undo' }), { type: 'undo' });
    expect((state.draft.services as { beds: number }[])[2].beds).toBe(90);
  });
});

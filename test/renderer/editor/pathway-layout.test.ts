import { describe, expect, it } from 'vitest';
import { pathwayInput, type PathwayInput } from '../../../renderer/editor/model/pathway-input';
import { DISCHARGE, ENTRY, GEOMETRY, layoutPathway, type LaidNode } from '../../../renderer/editor/model/pathway-layout';
import { exampleScenario } from '../../support/scenarios';

const area = (n: LaidNode): number => (n.kind === 'outpatient' ? (2 * n.half) ** 2 : Math.PI * n.half ** 2);

describe('pathway input', () => {
  it('combines the groups’ entry shares', () => {
    const input = pathwayInput(exampleScenario());
    expect(input.entry.detox).toBeCloseTo(0.2 + 0.68 * 0.08, 12);
    expect(input.entry.outpatient).toBeCloseTo(0.12 * 0.7 + 0.68 * 0.8, 12);
    expect(Object.values(input.entry).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(input.services.map((s) => [s.key, s.capacity])).toEqual([['detox', 25], ['short', 55], ['long', 90], ['outpatient', 1500]]);
  });

  it('reads a half-typed draft without throwing', () => {
    const input = pathwayInput({ services: [{ id: 'a', kind: 'outpatient', slots: 'abc', next: { a: 'x', nowhere: 0.5 } }, null, 7], groups: 'no' });
    expect(input.services).toHaveLength(3);
    expect(input.services[0].capacity).toBe(0);
    expect(input.services[0].next).toEqual({});
    expect(layoutPathway(input).nodes).toHaveLength(4);
  });
});

describe('pathway layout', () => {
  const layout = layoutPathway(pathwayInput(exampleScenario()));
  const node = (k: string): LaidNode => layout.nodes.find((n) => n.key === k)!;

  it('sizes service nodes by capacity: area ∝ beds, and ∝ slots', () => {
    const inpatient = ['detox', 'short', 'long'].map(node);
    const ratios = inpatient.map((n) => area(n) / n.service!.capacity);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0], 9);
    expect(node('long').half).toBeCloseTo(GEOMETRY.maxHalf, 9);
    expect(node('outpatient').half).toBeCloseTo(GEOMETRY.maxHalf, 9);
    expect(node('detox').half).toBeCloseTo(GEOMETRY.maxHalf * Math.sqrt(25 / 90), 9);
  });

  it('draws every next transition, entry share and discharge with its probability', () => {
    const edge = (from: string, to: string) => layout.edges.find((e) => e.from === from && e.to === to);
    expect(edge('detox', 'short')).toMatchObject({ kind: 'next', share: 0.35 });
    expect(edge('detox', 'outpatient')).toMatchObject({ kind: 'next', share: 0.35 });
    expect(edge('detox', DISCHARGE)!.share).toBeCloseTo(0.3, 12);
    for (const s of ['short', 'long', 'outpatient']) expect(edge(s, DISCHARGE)).toMatchObject({ kind: 'discharge', share: 1 });
    for (const s of ['detox', 'short', 'long', 'outpatient']) expect(edge(ENTRY, s)?.kind).toBe('entry');
    expect(layout.edges).toHaveLength(4 + 2 + 4);
    for (const e of layout.edges) {
      expect(e.d).toMatch(/^M[\d.]/);
      expect(Number.isFinite(e.labelX) && Number.isFinite(e.labelY)).toBe(true);
    }
  });

  it('puts referral first and follows routes left to right', () => {
    expect(node(ENTRY).layer).toBe(0);
    expect(node('detox').layer).toBe(1);
    expect(node('short').layer).toBeGreaterThan(node('detox').layer);
    expect(node('outpatient').layer).toBeGreaterThan(node('detox').layer);
    expect(node('short').x).toBeGreaterThan(node('detox').x);
  });

  it('is deterministic', () => {
    expect(layoutPathway(pathwayInput(exampleScenario()))).toEqual(layout);
  });

  it('marks a route back to an earlier service as a back edge', () => {
    const s = exampleScenario();
    s.services[3].next = { detox: 0.1 };
    const back = layoutPathway(pathwayInput(s)).edges.find((e) => e.from === 'outpatient' && e.to === 'detox')!;
    expect(back.back).toBe(true);
    expect(back.share).toBe(0.1);
  });
});

/** A pathway of n services: a detox chain with side routes, and some back and self loops. */
function network(n: number): PathwayInput {
  const services = Array.from({ length: n }, (_, i) => ({
    key: `s${i}`,
    label: `Service number ${i} with a long name`,
    kind: (i % 3 === 2 ? 'outpatient' : 'inpatient') as 'inpatient' | 'outpatient',
    capacity: 5 + ((i * 37) % 90),
    dropoutShare: 0.1,
    next: {} as Record<string, number>,
  }));
  services.forEach((s, i) => {
    if (i + 1 < n) s.next[`s${i + 1}`] = 0.4;
    if (i + 3 < n) s.next[`s${i + 3}`] = 0.2;
    if (i >= 2 && i % 2 === 0) s.next[`s${i - 2}`] = 0.1;
    if (i === n - 1) s.next[s.key] = 0.05;
  });
  const entry: Record<string, number> = { s0: 0.6 };
  if (n > 1) entry[`s${n - 1}`] = 0.4;
  return { services, entry, perYear: 1000 };
}

describe('pathway layout for 1 to 8 services', () => {
  for (let n = 1; n <= 8; n++) {
    it(`keeps ${n} service(s) apart and inside the picture`, () => {
      const layout = layoutPathway(network(n));
      expect(layout.nodes).toHaveLength(n + 1);
      // Each node with its caption below occupies a box; no two boxes overlap.
      const boxes = layout.nodes.map((b) => ({ x0: b.x - 80, x1: b.x + 80, y0: b.y - b.half, y1: b.y + Math.max(b.half, GEOMETRY.endHalf) + 36 }));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = 0; j < i; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${layout.nodes[i].key} vs ${layout.nodes[j].key}`).toBe(true);
        }
        expect(boxes[i].x0).toBeGreaterThanOrEqual(0);
        expect(boxes[i].x1).toBeLessThanOrEqual(layout.width);
        expect(boxes[i].y0).toBeGreaterThanOrEqual(0);
        expect(boxes[i].y1).toBeLessThanOrEqual(layout.height);
      }
      const nextCount = network(n).services.reduce((c, s) => c + Object.keys(s.next).length, 0);
      expect(layout.edges.filter((e) => e.kind === 'next')).toHaveLength(nextCount);
      for (const e of layout.edges) expect(e.labelY).toBeGreaterThan(-1);
    });
  }
});

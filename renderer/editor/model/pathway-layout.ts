/**
 * Layout of the pathway diagram (d3 computes, React draws): referrals on the left, services
 * in columns by their longest route from referral. Edges that skip columns pass through
 * reserved gaps (dummy points) so they do not cross a node; edges back to an earlier column arc
 * over the top; each service's discharge is a short exit arrow up and to its right, so that
 * discharge never crosses the diagram. Everything is deterministic: ties go by list order.
 */
import { curveBumpX, line, scaleSqrt } from 'd3';
import type { PathwayInput, PathwayService, ServiceKind } from './pathway-input';

export const ENTRY = '@entry';
export const DISCHARGE = '@discharge';

export const GEOMETRY = {
  colWidth: 200,
  /** Largest service node: radius of a circle, half side of a square. */
  maxHalf: 34,
  /** Smallest drawn size for a service with some capacity. */
  minHalf: 5,
  endHalf: 16,
  labelSpace: 46,
  dummyHeight: 30,
  marginX: 90,
  marginY: 16,
  backLane: 22,
  arrowGap: 5,
  /** Exit arrow: length and angle above the horizontal (degrees). */
  exitLength: 26,
  exitAngle: 35,
  exitRadius: 5,
  labelWidth: 34,
  labelHeight: 14,
} as const;

const ROW = GEOMETRY.maxHalf * 2 + 10 + GEOMETRY.labelSpace;

export type NodeKind = 'entry' | ServiceKind;

export interface LaidNode {
  key: string;
  kind: NodeKind;
  x: number;
  y: number;
  /** Radius (circles) or half side (squares). */
  half: number;
  layer: number;
  service?: PathwayService;
}

export interface LaidEdge {
  from: string;
  to: string;
  kind: 'entry' | 'next' | 'discharge';
  share: number;
  d: string;
  labelX: number;
  labelY: number;
  /** Goes back to an earlier (or the same) column. */
  back: boolean;
  /** Where the arrow ends (for discharge: the exit dot's centre). */
  endX: number;
  endY: number;
}

export interface PathwayLayout {
  width: number;
  height: number;
  nodes: LaidNode[];
  edges: LaidEdge[];
}

interface RawEdge {
  from: string;
  to: string;
  kind: LaidEdge['kind'];
  share: number;
}

/** The edges to draw, in a fixed order: entry edges, then each service's next and discharge. */
export function pathwayEdges(input: PathwayInput): RawEdge[] {
  const edges: RawEdge[] = [];
  for (const s of input.services) if ((input.entry[s.key] ?? 0) > 0) edges.push({ from: ENTRY, to: s.key, kind: 'entry', share: input.entry[s.key] });
  for (const s of input.services) {
    let sum = 0;
    for (const t of input.services) {
      const p = s.next[t.key] ?? 0;
      if (p > 0) edges.push({ from: s.key, to: t.key, kind: 'next', share: p });
      sum += p;
    }
    if (sum < 1 - 1e-9) edges.push({ from: s.key, to: DISCHARGE, kind: 'discharge', share: Math.max(0, 1 - sum) });
  }
  return edges;
}

/** Half-size of each service node: area ∝ capacity, on one scale per kind (beds vs slots). */
export function nodeHalves(services: readonly PathwayService[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const kind of ['inpatient', 'outpatient'] as const) {
    const own = services.filter((s) => s.kind === kind);
    const top = Math.max(0, ...own.map((s) => s.capacity));
    const size = scaleSqrt().domain([0, top || 1]).range([0, GEOMETRY.maxHalf]);
    for (const s of own) out.set(s.key, s.capacity > 0 ? Math.max(GEOMETRY.minHalf, size(s.capacity)) : GEOMETRY.minHalf);
  }
  return out;
}

/** Edges that close a cycle (found by depth-first search in list order) are drawn as back edges. */
function backEdges(keys: readonly string[], edges: readonly RawEdge[]): Set<RawEdge> {
  const out = new Set<RawEdge>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (k: string): void => {
    state.set(k, 'open');
    for (const e of edges) {
      if (e.from !== k) continue;
      const s = state.get(e.to);
      if (s === 'open') out.add(e);
      else if (s === undefined) visit(e.to);
    }
    state.set(k, 'done');
  };
  for (const k of [ENTRY, ...keys]) if (!state.has(k)) visit(k);
  return out;
}

/** Longest-path columns over forward edges between services: referrals 0, services ≥ 1. */
function layers(keys: readonly string[], forward: readonly RawEdge[]): Map<string, number> {
  const layer = new Map<string, number>([[ENTRY, 0], ...keys.map((k) => [k, 1] as [string, number])]);
  // Forward edges form a DAG, so at most keys.length rounds of relaxation settle it.
  for (let round = 0; round <= keys.length; round++) {
    let changed = false;
    for (const e of forward) {
      if (e.to === DISCHARGE) continue;
      const want = layer.get(e.from)! + 1;
      if (want > layer.get(e.to)!) (layer.set(e.to, want), (changed = true));
    }
    if (!changed) break;
  }
  return layer;
}

interface Slot {
  key: string;
  dummy: boolean;
  order: number;
}

type Point = { x: number; y: number };

export function layoutPathway(input: PathwayInput): PathwayLayout {
  const keys = input.services.map((s) => s.key);
  const edges = pathwayEdges(input);
  const flows = edges.filter((e) => e.kind !== 'discharge');
  const back = backEdges(keys, flows);
  const forward = flows.filter((e) => !back.has(e));
  const layer = layers(keys, forward);
  const last = Math.max(0, ...keys.map((k) => layer.get(k)!));
  const halves = nodeHalves(input.services);
  const index = new Map(keys.map((k, i) => [k, i]));

  // Columns of slots: nodes, and a dummy point wherever a forward edge passes a column.
  const columns: Slot[][] = Array.from({ length: last + 1 }, () => []);
  columns[0].push({ key: ENTRY, dummy: false, order: -1 });
  keys.forEach((k, i) => columns[layer.get(k)!].push({ key: k, dummy: false, order: i }));
  const chains = new Map<RawEdge, string[]>();
  forward.forEach((e, n) => {
    const chain = [e.from];
    for (let l = layer.get(e.from)! + 1; l < layer.get(e.to)!; l++) {
      const key = `@dummy${n}:${l}`;
      columns[l].push({ key, dummy: true, order: keys.length + n });
      chain.push(key);
    }
    chain.push(e.to);
    chains.set(e, chain);
  });
  const links: [string, string][] = [...chains.values()].flatMap((c) => c.slice(1).map((k, i) => [c[i], k] as [string, string]));

  // Order each column by the mean relative position of its neighbours (down, up, down).
  const position = new Map<string, number>();
  const place = (col: Slot[]): void => col.forEach((s, i) => position.set(s.key, (i + 0.5) / col.length));
  columns.forEach(place);
  const sweep = (l: number, neighbourOf: (k: string) => string[]): void => {
    const bary = (s: Slot): number => {
      const ns = neighbourOf(s.key).map((k) => position.get(k)!);
      return ns.length === 0 ? position.get(s.key)! : ns.reduce((a, b) => a + b, 0) / ns.length;
    };
    // Ties keep the current order (list order at first), so a later sweep keeps what an earlier one found.
    const scored = columns[l].map((s, i) => ({ s, b: bary(s), i }));
    scored.sort((a, b) => a.b - b.b || a.i - b.i);
    columns[l] = scored.map((x) => x.s);
    place(columns[l]);
  };
  const preds = (k: string): string[] => links.filter(([, b]) => b === k).map(([a]) => a);
  const succs = (k: string): string[] => links.filter(([a]) => a === k).map(([, b]) => b);
  for (let l = 1; l <= last; l++) sweep(l, preds);
  for (let l = last - 1; l >= 1; l--) sweep(l, succs);
  for (let l = 1; l <= last; l++) sweep(l, preds);

  // Coordinates: each column centred vertically; node centres above their labels.
  const slotHeight = (s: Slot): number => (s.dummy ? GEOMETRY.dummyHeight : ROW);
  const colHeights = columns.map((c) => c.reduce((h, s) => h + slotHeight(s), 0));
  const inner = Math.max(...colHeights);
  const top = GEOMETRY.marginY + (back.size > 0 ? GEOMETRY.backLane * (back.size + 1) : 0);
  const point = new Map<string, Point>();
  const nodes: LaidNode[] = [];
  columns.forEach((col, l) => {
    const x = GEOMETRY.marginX + GEOMETRY.maxHalf + l * GEOMETRY.colWidth;
    let y = top + (inner - colHeights[l]) / 2;
    for (const s of col) {
      const cy = s.dummy ? y + GEOMETRY.dummyHeight / 2 : y + GEOMETRY.maxHalf + 5;
      point.set(s.key, { x, y: cy });
      if (!s.dummy) {
        const service = input.services[index.get(s.key) ?? -1];
        nodes.push({ key: s.key, kind: service ? service.kind : 'entry', x, y: cy, half: service ? halves.get(s.key)! : GEOMETRY.endHalf, layer: l, ...(service ? { service } : {}) });
      }
      y += slotHeight(s);
    }
  });
  const half = (k: string): number => halves.get(k) ?? GEOMETRY.endHalf;

  // Ports: edges leave and enter a node at different heights, ordered by where they come from or go.
  const circle = (k: string): boolean => k === ENTRY || input.services[index.get(k)!]?.kind !== 'outpatient';
  const port = (k: string, dy: number, side: 1 | -1): Point => {
    const c = point.get(k)!;
    const h = half(k);
    return { x: c.x + side * (circle(k) ? Math.sqrt(Math.max(0, h * h - dy * dy)) : h), y: c.y + dy };
  };
  const portOffset = new Map<RawEdge, { out: number; in: number }>(forward.map((e) => [e, { out: 0, in: 0 }]));
  const spread = (k: string, list: RawEdge[], towards: (e: RawEdge) => number, side: 'out' | 'in'): void => {
    const sorted = [...list].sort((a, b) => towards(a) - towards(b));
    const n = sorted.length;
    sorted.forEach((e, i) => (portOffset.get(e)![side] = n > 1 ? half(k) * 0.6 * (((i + 0.5) / n) * 2 - 1) : 0));
  };
  const step = (e: RawEdge, from: 'start' | 'end'): number => {
    const chain = chains.get(e)!;
    return point.get(from === 'start' ? chain[1] : chain[chain.length - 2])!.y;
  };
  for (const k of [ENTRY, ...keys]) {
    spread(k, forward.filter((e) => e.from === k), (e) => step(e, 'start'), 'out');
    spread(k, forward.filter((e) => e.to === k), (e) => step(e, 'end'), 'in');
  }

  const curve = line<Point>().x((p) => p.x).y((p) => p.y).curve(curveBumpX);
  let lane = 0;
  const laid: LaidEdge[] = edges.map((e) => {
    const a = point.get(e.from)!;
    if (e.kind === 'discharge') {
      const angle = (GEOMETRY.exitAngle * Math.PI) / 180;
      const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
      const h = half(e.from);
      const p0 = { x: a.x + h * cos, y: a.y - h * sin };
      const reach = h + GEOMETRY.exitLength;
      const end = { x: a.x + reach * cos, y: a.y - reach * sin };
      const tip = { x: end.x - (GEOMETRY.exitRadius + 2) * cos, y: end.y + (GEOMETRY.exitRadius + 2) * sin };
      return { ...e, d: `M${p0.x},${p0.y}L${tip.x},${tip.y}`, back: false, endX: end.x, endY: end.y, labelX: end.x + GEOMETRY.exitRadius + 2 + GEOMETRY.labelWidth / 2, labelY: end.y };
    }
    const b = point.get(e.to)!;
    if (back.has(e)) {
      lane++;
      const yTop = top - GEOMETRY.backLane * lane;
      const self = e.from === e.to;
      const p0 = { x: a.x, y: a.y - half(e.from) };
      const p3 = { x: b.x + (self ? -half(e.to) : 0), y: b.y - half(e.to) - GEOMETRY.arrowGap };
      const x1 = self ? a.x + half(e.from) + 30 : a.x;
      const x2 = self ? b.x - half(e.to) - 30 : b.x;
      const d = `M${p0.x},${p0.y}C${x1},${yTop} ${x2},${yTop} ${p3.x},${p3.y}`;
      return { ...e, d, back: true, endX: p3.x, endY: p3.y, labelX: (p0.x + 3 * x1 + 3 * x2 + p3.x) / 8, labelY: (p0.y + 6 * yTop + p3.y) / 8 };
    }
    const chain = chains.get(e)!.map((k) => point.get(k)!);
    chain[0] = port(e.from, portOffset.get(e)!.out, 1);
    const end = port(e.to, portOffset.get(e)!.in, -1);
    chain[chain.length - 1] = { x: end.x - GEOMETRY.arrowGap, y: end.y };
    const [p, q] = chain.slice(-2);
    return { ...e, d: curve(chain) ?? '', back: false, endX: q.x, endY: q.y, labelX: (p.x + q.x) / 2, labelY: (p.y + q.y) / 2 };
  });
  const captions: Box[] = nodes.map((n) => {
    const chars = Math.min(24, n.service?.label.length ?? 10);
    const w = Math.max(150, 7.8 * chars);
    return { x: n.x, y: n.y + Math.max(n.half, GEOMETRY.endHalf) + 18, w, h: 34 };
  });
  const shapes: Box[] = nodes.map((n) => ({ x: n.x, y: n.y, w: 2 * n.half + 4, h: 2 * n.half + 4 }));
  const exitLabels: Box[] = laid.filter((e) => e.kind === 'discharge').map((e) => ({ x: e.labelX, y: e.labelY, w: GEOMETRY.labelWidth + 4, h: GEOMETRY.labelHeight }));
  spreadLabels(laid.filter((e) => e.kind !== 'discharge'), [...captions, ...shapes, ...exitLabels]);

  return {
    width: 2 * GEOMETRY.marginX + 2 * GEOMETRY.maxHalf + last * GEOMETRY.colWidth,
    height: top + inner + GEOMETRY.marginY,
    nodes,
    edges: laid,
  };
}

/** A box by its centre and size. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box): boolean => Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;

/**
 * Moves edge labels (down, in a fixed order) off node shapes, node captions, exit labels and
 * each other; a label that cannot be placed within a few steps stays where it was.
 */
function spreadLabels(edges: LaidEdge[], fixed: Box[]): void {
  const { labelWidth: w, labelHeight: h } = GEOMETRY;
  const placed = [...fixed];
  const order = [...edges].sort((a, b) => a.labelY - b.labelY || a.labelX - b.labelX);
  for (const e of order) {
    const at = (dy: number): Box => ({ x: e.labelX, y: e.labelY + dy, w, h });
    const tries = [0, 1, -1, 2, -2, 3, -3, 4, -4].map((k) => k * (h / 2 + 1));
    const dy = tries.find((d) => !placed.some((b) => overlaps(b, at(d)))) ?? 0;
    e.labelY += dy;
    placed.push(at(0));
  }
}

/**
 * Where the player draws the pathway: the editor's pathway layout (columns by route from
 * referral, order that avoids crossings) spread out to make room for waiting lists above each
 * service and counts below, with municipal aftercare and the discharged who will return to the
 * right, and the relapse path back to referral along the bottom.
 */
import { curveBumpX, line } from 'd3';
import type { Scenario } from '../../sim';
import { pathwayInput } from '../editor/model/pathway-input';
import { ENTRY, layoutPathway } from '../editor/model/pathway-layout';

export interface PlayerNode {
  /** Service index, or −1 for referral. */
  service: number;
  kind: 'entry' | 'inpatient' | 'outpatient';
  label: string;
  capacity: number;
  x: number;
  y: number;
  /** Radius (inpatient, entry) or half side (outpatient). */
  r: number;
}

export interface PlayerEdge {
  key: string;
  d: string;
  /** An edge back to an earlier column, or a service's discharge towards aftercare. */
  style: 'forward' | 'back' | 'discharge' | 'relapse';
}

export interface PlayerBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlayerLayout {
  width: number;
  height: number;
  nodes: PlayerNode[];
  edges: PlayerEdge[];
  aftercare: PlayerBox;
  returning: PlayerBox;
  /** Where the relapse path's label sits. */
  relapseLabel: { x: number; y: number };
  /** Longest waiting-list bar (px). */
  barWidth: number;
}

const SX = 1.3;
const SY = 2.1;
const TOP = 70;
const BAR = 130;
/** Left margin: room for the relapse path to come back into referral from the left. */
const LEFT = 110;

type Point = { x: number; y: number };
const curve = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveBumpX);

export function playerLayout(scenario: Pick<Scenario, 'services' | 'groups' | 'referrals'>): PlayerLayout {
  const input = pathwayInput(scenario);
  const base = layoutPathway(input);
  const keyToService = new Map(input.services.map((s, i) => [s.key, i]));
  const minY = Math.min(...base.nodes.map((n) => n.y));
  const nodes: PlayerNode[] = base.nodes.map((n) => {
    const service = n.service ? (keyToService.get(n.key) ?? -1) : -1;
    const s = service >= 0 ? input.services[service] : undefined;
    return {
      service,
      kind: n.kind,
      label: s?.label ?? '',
      capacity: s?.capacity ?? 0,
      x: LEFT + (n.x - base.nodes[0]!.x + 40) * SX,
      y: TOP + (n.y - minY) * SY + 40,
      r: Math.max(n.service ? 24 : 22, n.half * 1.15),
    };
  });
  const byKey = new Map(base.nodes.map((n, i) => [n.key, nodes[i]!]));
  const right = Math.max(...nodes.map((n) => n.x)) + 240;
  const bottom = Math.max(...nodes.map((n) => n.y)) + 110;
  const midY = (Math.min(...nodes.map((n) => n.y)) + Math.max(...nodes.map((n) => n.y))) / 2;
  const aftercare: PlayerBox = { x: right - 90, y: midY - 70, width: 180, height: 80 };
  const returning: PlayerBox = { x: right - 90, y: Math.max(aftercare.y + aftercare.height + 70, midY + 50), width: 180, height: 56 };
  const height = Math.max(bottom, returning.y + returning.height + 60) + 40;

  const edges: PlayerEdge[] = [];
  const baseEntry = base.nodes[0]!;
  const tx = (x: number) => LEFT + (x - baseEntry.x + 40) * SX;
  const ty = (y: number) => TOP + (y - minY) * SY + 40;
  for (const e of base.edges) {
    if (e.kind === 'discharge') {
      const a = byKey.get(e.from);
      if (!a) continue;
      const end = { x: aftercare.x - 8, y: aftercare.y + aftercare.height / 2 };
      edges.push({ key: `${e.from}>discharge`, d: curve([{ x: a.x + a.r, y: a.y }, end]) ?? '', style: 'discharge' });
    } else {
      // The editor's routes (through the gaps it reserved between nodes), stretched as the nodes are.
      edges.push({ key: `${e.from}>${e.to}`, d: transformPath(e.d, tx, ty), style: e.back ? 'back' : 'forward' });
    }
  }
  // Relapse: from the discharged who will return, along the bottom, back to referral.
  const entry = byKey.get(ENTRY)!;
  const laneY = height - 28;
  const start = { x: returning.x + returning.width / 2, y: returning.y + returning.height };
  // It comes up on the far left, clear of referral's counts below it, and enters from the left.
  const x0 = 26;
  edges.push({
    key: 'relapse',
    d:
      `M${start.x},${start.y}C${start.x},${laneY} ${start.x - 40},${laneY} ${start.x - 80},${laneY}` +
      `L${x0 + 30},${laneY}C${x0},${laneY} ${x0},${laneY} ${x0},${laneY - 30}L${x0},${entry.y + 30}C${x0},${entry.y} ${x0},${entry.y} ${x0 + 30},${entry.y}` +
      `L${entry.x - entry.r - 6},${entry.y}`,
    style: 'relapse',
  });
  // Aftercare to the discharged who will return.
  edges.push({ key: 'aftercare>returning', d: `M${aftercare.x + aftercare.width / 2},${aftercare.y + aftercare.height}L${returning.x + returning.width / 2},${returning.y - 6}`, style: 'discharge' });
  return {
    width: right + 120,
    height,
    nodes,
    edges,
    aftercare,
    returning,
    relapseLabel: { x: (entry.x + start.x) / 2, y: laneY - 8 },
    barWidth: BAR,
  };
}

/**
 * An SVG path of absolute commands (M, L, C, as d3 and the pathway layout write them) with
 * every point mapped by (fx, fy): Bézier curves map exactly under such a stretch.
 */
export function transformPath(d: string, fx: (x: number) => number, fy: (y: number) => number): string {
  const round = (v: number) => Math.round(v * 10) / 10;
  let out = '';
  let k = 0;
  for (const token of d.match(/[A-Za-z]|-?\d*\.?\d+(?:e[-+]?\d+)?/g) ?? []) {
    if (/[A-Za-z]/.test(token)) {
      if (!/[MLC]/.test(token)) throw new Error(`transformPath: only absolute M, L and C commands, not ${token}`);
      out += token;
      k = 0;
      continue;
    }
    const v = Number(token);
    out += (k % 2 === 0 ? (k > 0 ? ' ' : '') + round(fx(v)) : ',' + round(fy(v)));
    k++;
  }
  return out;
}

/**
 * What the pathway diagram shows, read defensively from the draft (which may be half-typed):
 * services with capacity and routing, and the groups' combined entry shares.
 */
export type ServiceKind = 'inpatient' | 'outpatient';

export interface PathwayService {
  /** The service id, or `#i` when its id is missing or used twice. */
  key: string;
  label: string;
  kind: ServiceKind;
  capacity: number;
  dropoutShare: number;
  /** Next probabilities by target key. */
  next: Record<string, number>;
}

export interface PathwayInput {
  services: PathwayService[];
  /** Σ over groups of share × entry probability, by service key. */
  entry: Record<string, number>;
  perYear: number;
}

const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The diagram's input from a scenario draft. */
export function pathwayInput(draft: unknown): PathwayInput {
  const root = rec(draft);
  const raw = list(root.services).map(rec);
  const ids = raw.map((s) => (typeof s.id === 'string' && /^[A-Za-z0-9_-]+$/.test(s.id) ? s.id : undefined));
  const keys = ids.map((id, i) => (id !== undefined && ids.indexOf(id) === i && ids.lastIndexOf(id) === i ? id : `#${i}`));
  const known = new Set(keys);
  const routes = (table: unknown): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [k, p] of Object.entries(rec(table))) if (known.has(k) && num(p) > 0) out[k] = num(p);
    return out;
  };
  const services = raw.map((s, i): PathwayService => {
    const kind: ServiceKind = s.kind === 'outpatient' ? 'outpatient' : 'inpatient';
    return {
      key: keys[i],
      label: typeof s.label === 'string' && s.label.trim() !== '' ? s.label : (ids[i] ?? `#${i + 1}`),
      kind,
      capacity: Math.max(0, num(kind === 'outpatient' ? s.slots : s.beds)),
      dropoutShare: Math.min(1, Math.max(0, num(s.dropoutShare))),
      next: routes(s.next),
    };
  });
  const entry: Record<string, number> = {};
  for (const g of list(root.groups).map(rec)) {
    const share = num(g.share);
    for (const [k, p] of Object.entries(routes(g.entry))) entry[k] = (entry[k] ?? 0) + share * p;
  }
  return { services, entry, perYear: num(rec(root.referrals).perYear) };
}

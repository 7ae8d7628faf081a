import { useDraftStore } from '../../app/AppStore';

export interface ServiceColumn {
  index: number;
  /** The id as written (routing tables are keyed by it). */
  id: string;
  label: string;
  kind: 'inpatient' | 'outpatient';
}

/** The services that can be routed to (those with a non-empty text id), for routing columns. */
export function useServiceList(): ServiceColumn[] {
  const { draft } = useDraftStore();
  const services = Array.isArray(draft.services) ? draft.services : [];
  const out: ServiceColumn[] = [];
  services.forEach((s: unknown, index) => {
    const r = (s ?? {}) as Record<string, unknown>;
    if (typeof r.id !== 'string' || r.id === '') return;
    const label = typeof r.label === 'string' && r.label.trim() !== '' ? r.label : r.id;
    out.push({ index, id: r.id, label, kind: r.kind === 'outpatient' ? 'outpatient' : 'inpatient' });
  });
  return out;
}

/**
 * Every parameter of a scenario, by change path (services and groups by id), with its
 * provenance note: the scenario's `notes[path]`, or a service's or group's own `notes[field]`.
 * Distributions and lists are one parameter each. Notes on paths that hold no value are kept
 * too, so that no note is lost from a report.
 */
import type { Scenario } from '../../sim';
import { distributionSummary } from '../editor/distribution/summary';
import { decimalsFor } from '../charts/tick-format';
import type { Text } from '../results/text';

export interface ParameterRow {
  path: string;
  value: unknown;
  /** Absent when the note names a path without a value. */
  hasValue: boolean;
  note: string | null;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDistribution = (v: unknown): boolean => isRecord(v) && typeof v.dist === 'string';
const SKIP = new Set(['schema', 'notes']);

export function parameterRows(scenario: Scenario): ParameterRow[] {
  const notes: Record<string, string> = { ...(scenario.notes ?? {}) };
  const rows: ParameterRow[] = [];
  const leaf = (path: string, value: unknown, own?: string) => {
    const note = notes[path] ?? own ?? null;
    delete notes[path];
    rows.push({ path, value, hasValue: true, note });
  };
  const walk = (path: string, value: unknown, ownNotes?: Record<string, string>, ownAt = '') => {
    const own = ownNotes?.[ownAt];
    if (isRecord(value) && !isDistribution(value)) {
      for (const [k, v] of Object.entries(value)) walk(path ? `${path}.${k}` : k, v, ownNotes, ownAt ? `${ownAt}.${k}` : k);
      return;
    }
    leaf(path, value, own);
  };
  for (const [key, value] of Object.entries(scenario)) {
    if (SKIP.has(key)) continue;
    if ((key === 'services' || key === 'groups') && Array.isArray(value)) {
      for (const el of value as Rec[]) {
        const elNotes = isRecord(el.notes) ? (el.notes as Record<string, string>) : undefined;
        for (const [k, v] of Object.entries(el)) {
          if (k === 'id' || k === 'notes') continue;
          walk(`${key}.${String(el.id)}.${k}`, v, elNotes, k);
        }
      }
      continue;
    }
    walk(key, value);
  }
  for (const [path, note] of Object.entries(notes)) rows.push({ path, value: undefined, hasValue: false, note });
  return rows;
}

/** A parameter's value as the report shows it: numbers in the locale, a distribution in one line, a list joined; the seed as it is written. */
export function formatParameter(value: unknown, text: Text, path = ''): string {
  if (value === null) return text.t('study.value.none');
  if (value === undefined) return '–';
  if (path === 'seed') return String(value);
  if (typeof value === 'number') return text.fmt.number(value, decimalsFor([value])).replace(/^-/, '\u2212');
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (isDistribution(value)) return distributionSummary(value, text);
  if (Array.isArray(value)) return value.map((v) => formatParameter(v, text)).join('; ');
  return JSON.stringify(value);
}

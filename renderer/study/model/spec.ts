/**
 * The draft as a study file (`kapasim/study@1`) and back. The baseline is written inside the
 * file as a scenario, or named by its file (`{"file": …}`, read relative to the study file).
 */
import { STUDY_SCHEMA, type Scenario } from '../../../sim';
import type { Lang } from '../../i18n/lang';
import { emptyStudy, type DimensionDraft, type StudyDraft } from './draft';
import { fieldKind } from './fields';
import { asRange, dimensionValues, formatValueList } from './sweep-values';

type Json = Record<string, unknown>;

/** Names a field in words (its label), for a sweep the planner left unnamed; the path itself when it returns it. */
export type LabelOf = (path: string) => string;

function dimensionJson(d: DimensionDraft, lang: Lang, labelOf?: LabelOf): Json {
  const values = dimensionValues(d, lang);
  const path = d.path.trim();
  const out: Json = { path };
  const name = d.name.trim() || labelOf?.(path);
  if (name && name !== path) out.name = name;
  out.values = values.ok ? values.values : [];
  return out;
}

/**
 * The study file for a draft; `fallbackName` names a study the planner left unnamed, and
 * `labelOf` an unnamed sweep (so that its cases read "Long-term beds = 60", not a path).
 */
export function draftToStudyJson(draft: StudyDraft, baseline: Scenario | { file: string }, lang: Lang, fallbackName = 'Study', labelOf?: LabelOf): Json {
  const out: Json = { schema: STUDY_SCHEMA, name: draft.name.trim() || fallbackName };
  if (draft.description.trim()) out.description = draft.description.trim();
  out.baseline = baseline;
  out.variants = draft.variants.map((v) => {
    const o: Json = { name: v.name };
    if (v.description.trim()) o.description = v.description.trim();
    o.changes = v.changes;
    if (v.notes && Object.keys(v.notes).length > 0) o.notes = v.notes;
    return o;
  });
  out.sweeps = draft.sweeps.map((s) => {
    const o = dimensionJson(s.x, lang, labelOf);
    if (s.by) o.by = dimensionJson(s.by, lang, labelOf);
    if (s.description) o.description = s.description;
    if (s.notes) o.notes = s.notes;
    return o;
  });
  if (draft.notes && Object.keys(draft.notes).length > 0) out.notes = draft.notes;
  return out;
}

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): Record<string, string> | undefined => (isRecord(v) ? (Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) as Record<string, string>) : undefined);

function dimensionDraft(v: Json, lang: Lang): DimensionDraft {
  const values = Array.isArray(v.values) ? v.values : [];
  const range = asRange(values);
  const base = { path: str(v.path), name: str(v.name), list: formatValueList(values, lang, fieldKind(str(v.path)) === 'share') };
  return range ? { ...base, mode: 'range', ...range } : { ...base, mode: 'list', from: undefined, to: undefined, step: undefined };
}

/**
 * A draft from a parsed study file, as far as it goes: what is malformed is left out or kept
 * as typed, for validation to report. The baseline itself is not part of the draft.
 */
export function studyJsonToDraft(json: Json, lang: Lang): StudyDraft {
  const d = emptyStudy(str(json.name));
  d.description = str(json.description);
  const b = json.baseline;
  d.baselineFile = isRecord(b) && typeof b.file === 'string' && !('schema' in b) ? b.file : null;
  const notes = strings(json.notes);
  if (notes) d.notes = notes;
  for (const v of Array.isArray(json.variants) ? json.variants : []) {
    if (!isRecord(v)) continue;
    const vnotes = strings(v.notes);
    d.variants.push({ key: `v${d.seq++}`, name: str(v.name), description: str(v.description), changes: isRecord(v.changes) ? { ...v.changes } : {}, ...(vnotes ? { notes: vnotes } : {}) });
  }
  for (const s of Array.isArray(json.sweeps) ? json.sweeps : []) {
    if (!isRecord(s)) continue;
    const snotes = strings(s.notes);
    d.sweeps.push({
      key: `s${d.seq++}`,
      x: dimensionDraft(s, lang),
      by: isRecord(s.by) ? dimensionDraft(s.by, lang) : null,
      ...(typeof s.description === 'string' ? { description: s.description } : {}),
      ...(snotes ? { notes: snotes } : {}),
    });
  }
  return d;
}

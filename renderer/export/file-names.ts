/** A file-name slug from a scenario name: lower case, ASCII letters and digits joined by dashes. */
export function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return s || 'scenario';
}

/** "baseline-waiting-list.svg", "baseline.kapasim-run.json": the scenario name, then what, then the extension. */
export function exportFileName(scenarioName: string, what: string | null, ext: string): string {
  return [slug(scenarioName), what ? slug(what) : null].filter(Boolean).join('-') + '.' + ext;
}

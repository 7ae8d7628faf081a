/**
 * Links that may leave the app: http(s) only, and only to the project's own site. Everything
 * else (file:, javascript:, custom schemes, other hosts) is refused, so a page that was tricked
 * into opening a link cannot launch programs or reach arbitrary sites through the OS.
 */
import { shell } from 'electron';
import { EXTERNAL_ORIGINS } from '../app-info';

export function isAllowedExternalUrl(raw: string, origins: readonly string[] = EXTERNAL_ORIGINS): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return origins.includes(url.origin);
}

/** Opens an allowed link in the user's browser; returns whether it did. */
export async function openExternalIfAllowed(raw: string): Promise<boolean> {
  if (!isAllowedExternalUrl(raw)) {
    console.warn(`[kapasim] refused to open ${raw.slice(0, 200)}`);
    return false;
  }
  const href = new URL(raw).href;
  // The URL was checked against the allow-list just above (http(s), the project's own site).
  await shell.openExternal(href); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}

/** Names and addresses the shell uses, in one place. */
import { join } from 'node:path';

/** The page is served from this privileged custom scheme, never from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kapasim';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * The project's own web site: the only place links may open in the user's browser.
 * Help → Documentation opens DOCS_URL.
 */
export const PROJECT_SITE = 'https://kapasim.no';
export const DOCS_URL = `${PROJECT_SITE}/docs/`;
export const EXTERNAL_ORIGINS: readonly string[] = [PROJECT_SITE];

export const PRODUCT_NAME = 'Kapasim';

/** Where the bundles sit: dist/electron/{main,preload}.cjs beside dist/renderer/. */
export function bundleDir(): string {
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

export function preloadPath(): string {
  return join(bundleDir(), 'preload.cjs');
}

export function rendererDir(): string {
  return join(bundleDir(), '..', 'renderer');
}

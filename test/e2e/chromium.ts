/**
 * Debian's Chromium and the flags this closed-network machine needs, for the browser tests
 * (test/e2e/browser.ts) and the bench (bench/app-browser.ts) alike; never a downloaded browser.
 * No imports: the bench loads Playwright only at run time.
 */
export const CHROMIUM = process.env.KAPASIM_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

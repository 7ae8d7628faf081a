import type { Page } from 'playwright-core';

/**
 * Tells whether the components that create some DOM elements rendered again, without any hook
 * in the app: the approach of dashboard-render-probe.ts for any element. React keeps each
 * element's current props object on the element (the `__reactProps$…` property its event
 * system reads) and replaces it whenever the component that creates the element runs again,
 * even with equal props; so an element keeps the same props object exactly as long as its
 * component was not re-rendered.
 */
export type RenderFate = 'kept' | 're-rendered' | 'replaced';

/** An element to follow: a name for messages, and a selector that matches exactly one element. */
export interface Followed {
  name: string;
  selector: string;
}

interface Seen {
  name: string;
  el: Element;
  props: unknown;
}
type ProbeWindow = Window & { __kapasimRenders?: Record<string, Seen[]> };

/** Records the followed elements as they are now, under `key`; fails if one is missing, ambiguous or has no React props. */
export async function snapshotRenders(page: Page, key: string, followed: readonly Followed[]): Promise<void> {
  await page.evaluate(
    ({ key, followed }) => {
      const seen = followed.map(({ name, selector }) => {
        const found = document.querySelectorAll(selector);
        if (found.length !== 1) throw new Error(`${name}: ${found.length} elements match ${selector}, not one`);
        const el = found[0];
        const prop = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
        if (!prop) throw new Error(`${name}: no React props on <${el.localName}>: the probe cannot tell re-renders apart`);
        return { name, el, props: (el as unknown as Record<string, unknown>)[prop] };
      });
      const w = window as ProbeWindow;
      (w.__kapasimRenders ??= {})[key] = seen;
    },
    { key, followed },
  );
}

/** For each element of the snapshot under `key`: kept, re-rendered, or replaced by another element. */
export async function renderFates(page: Page, key: string): Promise<Record<string, RenderFate>> {
  // Two frames first, so that any render already scheduled has committed.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  return page.evaluate((key) => {
    const seen = (window as ProbeWindow).__kapasimRenders?.[key];
    if (!seen) throw new Error(`snapshotRenders(${key}) was not called`);
    const fates: Record<string, RenderFate> = {};
    for (const s of seen) {
      const prop = Object.keys(s.el).find((k) => k.startsWith('__reactProps$'));
      fates[s.name] = !s.el.isConnected ? 'replaced' : prop && (s.el as unknown as Record<string, unknown>)[prop] === s.props ? 'kept' : 're-rendered';
    }
    return fates;
  }, key);
}

import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The content width of an element, kept up to date with a ResizeObserver and rounded to whole
 * pixels so sub-pixel jitter does not re-render charts. `fallback` is used until measured
 * (and when rendering to a string, where there is no layout); `measured` says whether it was.
 *
 * Measured in a layout effect, so the width is known before the first paint: a chart drawn
 * at the fallback is redrawn before anyone sees it, in the same task.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 640): [RefObject<T | null>, number, boolean] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState<{ px: number; measured: boolean }>({ px: fallback, measured: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (w: number) => setWidth((old) => (old.measured && Math.abs(old.px - w) < 1 ? old : { px: Math.round(w), measured: true }));
    update(el.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) update(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width.px, width.measured];
}

import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * The content width of an element, kept up to date with a ResizeObserver and rounded to whole
 * pixels so sub-pixel jitter does not re-render charts. `fallback` is used until measured
 * (and when rendering to a string, where there is no layout).
 */
export function useElementWidth<T extends HTMLElement>(fallback = 640): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = (w: number) => setWidth((old) => (Math.abs(old - w) >= 1 ? Math.round(w) : old));
    update(el.clientWidth || fallback);
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) update(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width];
}

import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while rendering to a string (renderToStaticMarkup: tests, exports), true in a live
 * page: React reads the server snapshot only on the server.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}

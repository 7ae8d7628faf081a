import { createContext } from 'react';

/**
 * Opens the timeline player at a time (days), for charts of results: provided by the Results
 * tab, absent (null) where charts are drawn elsewhere (reports, exports, tests).
 */
export const PlayerLink = createContext<((time: number) => void) | null>(null);

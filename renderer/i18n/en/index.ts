import { common } from './common';

/** Every English string, by key. A feature adds its own file here and spreads it in. */
export const en = { ...common };
export type MessageKey = keyof typeof en;

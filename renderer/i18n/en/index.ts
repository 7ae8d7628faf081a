import { common } from './common';
import { results } from './results';

/** Every English string, by key. A feature adds its own file here and spreads it in. */
export const en = { ...common, ...results };
export type MessageKey = keyof typeof en;

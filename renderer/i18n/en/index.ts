import { common } from './common';
import { editor } from './editor';
import { results } from './results';
import { study } from './study';
import { validation } from './validation';

/** Every English string, by key. A feature adds its own file here and spreads it in. */
export const en = { ...common, ...editor, ...results, ...validation, ...study };
export type MessageKey = keyof typeof en;

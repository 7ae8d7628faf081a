import { common } from './common';
import { editor } from './editor';
import { examples } from './examples';
import { replay } from './replay';
import { report } from './report';
import { results } from './results';
import { study } from './study';
import { staticTexts } from './static';
import { validation } from './validation';

/** Every English string, by key. A feature adds its own file here and spreads it in. */
export const en = { ...common, ...editor, ...results, ...validation, ...staticTexts, ...study, ...report, ...replay, ...examples };
export type MessageKey = keyof typeof en;

import type { MessageKey } from '../en';
import { common } from './common';
import { editor } from './editor';
import { examples } from './examples';
import { replay } from './replay';
import { report } from './report';
import { results } from './results';
import { study } from './study';
import { staticTexts } from './static';
import { validation } from './validation';

/** Every bokmål string; the type makes a missing key a compile error. */
export const nb: Record<MessageKey, string> = { ...common, ...editor, ...results, ...validation, ...staticTexts, ...study, ...report, ...replay, ...examples };

/**
 * The run-time shape of every renderer → main payload, keyed by channel. The mapped types make
 * a missing channel, or a validator that proves a different type than the contract, a compile
 * error.
 */
import type { FileKind } from '../../renderer/desktop/api';
import type { InvokeChannel, RequestOf, SendChannel, SendContract } from './contract';
import { boolean, bytes, nothing, nullable, object, oneOf, optional, string, type Validator } from './validate';

/** Limits: generous for planners' files, small enough that a runaway page cannot exhaust memory or disk. */
export const MAX_TEXT_CHARS = 64 * 1024 * 1024;
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;
const MAX_PATH_CHARS = 4096;
const MAX_NAME_CHARS = 255;

const FILE_KINDS = ['scenario', 'study', 'run', 'svg', 'png', 'csv', 'html', 'xlsx'] as const satisfies readonly FileKind[];
const DOCUMENT_KINDS = ['scenario', 'study', 'run'] as const;
// Fails to compile when FileKind gains a member that FILE_KINDS lacks.
const _allKinds: Exclude<FileKind, (typeof FILE_KINDS)[number]> extends never ? true : never = true;
void _allKinds;

const path = string({ max: MAX_PATH_CHARS, nonEmpty: true });
const name = string({ max: MAX_NAME_CHARS, nonEmpty: true });
const text = string({ max: MAX_TEXT_CHARS });

export const requestValidators: { [C in InvokeChannel]: Validator<RequestOf<C>> } = {
  'file:open': oneOf(DOCUMENT_KINDS),
  'file:save': object({ kind: oneOf(FILE_KINDS), path: optional(path), suggestedName: name, text }),
  'file:export': object({ kind: oneOf(FILE_KINDS), suggestedName: name, bytes: bytes({ max: MAX_EXPORT_BYTES }) }),
  'autosave:write': object({ fileName: nullable(path), text }),
  'autosave:take': nothing,
  'autosave:clear': nothing,
};

export const sendValidators: { [C in SendChannel]: Validator<SendContract[C]> } = {
  'document:state': object({ fileName: nullable(path), dirty: boolean }),
};

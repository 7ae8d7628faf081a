import '../setup';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, MENU_COMMANDS, SEND_CHANNELS } from '../../../electron/ipc/contract';
import { parse } from '../../../electron/ipc/validate';
import { requestValidators, sendValidators } from '../../../electron/ipc/validators';

describe('the IPC contract', () => {
  it('names each channel once, and every renderer → main channel has a validator', () => {
    const all = [...INVOKE_CHANNELS, ...SEND_CHANNELS, ...EVENT_CHANNELS];
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(requestValidators).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(sendValidators).sort()).toEqual([...SEND_CHANNELS].sort());
  });

  it('accepts the payloads the page sends', () => {
    expect(parse('file:open', requestValidators['file:open'], 'study')).toBe('study');
    expect(parse('file:save', requestValidators['file:save'], { kind: 'scenario', suggestedName: 'a.kapasim.json', text: '{}' })).toBeTruthy();
    expect(parse('file:save', requestValidators['file:save'], { kind: 'run', path: '/x/a.kapasim-run.json', suggestedName: 'a', text: '' })).toBeTruthy();
    expect(parse('autosave:write', requestValidators['autosave:write'], { fileName: null, text: 'ø' })).toBeTruthy();
    expect(parse('autosave:take', requestValidators['autosave:take'], undefined)).toBeUndefined();
    expect(parse('document:state', sendValidators['document:state'], { fileName: null, dirty: false })).toEqual({ fileName: null, dirty: false });
  });

  it('refuses oversized text and bytes', () => {
    const big = 'x'.repeat(64 * 1024 * 1024 + 1);
    expect(() => parse('autosave:write', requestValidators['autosave:write'], { fileName: null, text: big })).toThrow(/payload\.text: longer than/);
  });

  it('lists every menu command once', () => {
    expect(new Set(MENU_COMMANDS).size).toBe(MENU_COMMANDS.length);
  });
});

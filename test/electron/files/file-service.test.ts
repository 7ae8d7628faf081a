import '../setup';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FileService, type FileDialogs } from '../../../electron/files/file-service';
import { OpenError, readTextFile } from '../../../electron/files/read-text';
import { RecentFiles } from '../../../electron/files/recent-files';

const win = {} as BrowserWindow;

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'kapasim-files-'));
  const dialogs = {
    open: vi.fn<FileDialogs['open']>(async () => ({ canceled: true, filePaths: [] })),
    save: vi.fn<FileDialogs['save']>(async () => ({ canceled: true })),
    confirmReplace: vi.fn<FileDialogs['confirmReplace']>(async () => true),
    error: vi.fn<FileDialogs['error']>(async () => undefined),
  };
  const recent = new RecentFiles(join(dir, 'userData'), () => true);
  const noteRecent = vi.fn();
  const service = new FileService({ dialogs, recent, platform: 'linux', defaultDir: () => join(dir, 'Documents'), exists: existsSync, noteRecent });
  return { dir, dialogs, recent, service, noteRecent };
}

describe('FileService: open', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('returns null when the dialog is cancelled', async () => {
    expect(await t.service.open(win, 'scenario')).toBeNull();
    expect(t.dialogs.open).toHaveBeenCalledWith(win, expect.objectContaining({ properties: ['openFile'], filters: expect.arrayContaining([{ name: 'Kapasim scenario (.kapasim.json)', extensions: ['kapasim.json'] }]) }));
  });

  it('reads the chosen file, adds it to the recent files and lets main save back to it', async () => {
    const file = join(t.dir, 'plan.kapasim.json');
    writeFileSync(file, '\uFEFF{"name":"Bodø"}');
    t.dialogs.open.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await t.service.open(win, 'scenario')).toEqual({ path: file, name: 'plan.kapasim.json', text: '{"name":"Bodø"}' });
    expect(t.recent.list()).toEqual([file]);
    expect(t.noteRecent).toHaveBeenCalledWith(file);
    expect(t.service.isGranted(file)).toBe(true);
  });

  it('opens study and run files with their own filters', async () => {
    await t.service.open(win, 'study');
    await t.service.open(win, 'run');
    expect(t.dialogs.open.mock.calls.map((c) => c[1].filters?.[0]?.extensions)).toEqual([['kapasim-study.json'], ['kapasim-run.json']]);
  });

  it('refuses files that are not UTF-8 text, too large, or gone, with a message naming the file', async () => {
    const binary = join(t.dir, 'x.kapasim.json');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    await expect(readTextFile(binary)).rejects.toThrow('Cannot open x.kapasim.json: not UTF-8 text');
    const big = join(t.dir, 'big.kapasim.json');
    writeFileSync(big, 'x'.repeat(2048));
    await expect(readTextFile(big, 1024)).rejects.toBeInstanceOf(OpenError);
    await expect(readTextFile(join(t.dir, 'nope.kapasim.json'))).rejects.toThrow('the file no longer exists');
    await expect(readTextFile(t.dir)).rejects.toThrow('not a file');
  });
});

describe('FileService: save and export', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('Save As: asks where, adds the extension, writes atomically and remembers the file', async () => {
    mkdirSync(join(t.dir, 'Documents'));
    t.dialogs.save.mockResolvedValueOnce({ canceled: false, filePath: join(t.dir, 'plan') });
    const saved = await t.service.save(win, { kind: 'scenario', suggestedName: 'plan.kapasim.json', text: '{"a":1}' });
    expect(saved).toEqual({ path: join(t.dir, 'plan.kapasim.json') });
    expect(readFileSync(join(t.dir, 'plan.kapasim.json'), 'utf8')).toBe('{"a":1}');
    expect(t.dialogs.save).toHaveBeenCalledWith(win, expect.objectContaining({ defaultPath: join(t.dir, 'Documents', 'plan.kapasim.json') }));
    expect(t.recent.list()).toEqual([join(t.dir, 'plan.kapasim.json')]);
  });

  it('Save to a file the user chose writes straight away and keeps a .bak', async () => {
    const file = join(t.dir, 'plan.kapasim.json');
    writeFileSync(file, 'v1');
    t.dialogs.open.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    await t.service.open(win, 'scenario');
    expect(await t.service.save(win, { kind: 'scenario', path: file, suggestedName: 'plan.kapasim.json', text: 'v2' })).toEqual({ path: file });
    expect(t.dialogs.save).not.toHaveBeenCalled();
    expect(readFileSync(file, 'utf8')).toBe('v2');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v1');
  });

  it('a path the user never chose is not written without the dialog', async () => {
    const elsewhere = join(t.dir, 'autostart.sh');
    const result = await t.service.save(win, { kind: 'scenario', path: elsewhere, suggestedName: 'x.kapasim.json', text: 'rm -rf ~' });
    expect(result).toBeNull(); // the dialog was cancelled
    expect(existsSync(elsewhere)).toBe(false);
    expect(t.dialogs.save).toHaveBeenCalledWith(win, expect.objectContaining({ defaultPath: join(t.dir, 'x.kapasim.json') }));
  });

  it('asks before an added extension would replace another file', async () => {
    writeFileSync(join(t.dir, 'plan.kapasim.json'), 'keep me');
    t.dialogs.save.mockResolvedValueOnce({ canceled: false, filePath: join(t.dir, 'plan') });
    t.dialogs.confirmReplace.mockResolvedValueOnce(false);
    expect(await t.service.save(win, { kind: 'scenario', suggestedName: 'plan', text: 'new' })).toBeNull();
    expect(readFileSync(join(t.dir, 'plan.kapasim.json'), 'utf8')).toBe('keep me');
  });

  it('a failed write is reported and answers null, leaving the old file', async () => {
    const file = join(t.dir, 'missing-folder', 'plan.kapasim.json');
    t.dialogs.save.mockResolvedValueOnce({ canceled: false, filePath: file });
    expect(await t.service.save(win, { kind: 'scenario', suggestedName: 'plan', text: 'x' })).toBeNull();
    expect(t.dialogs.error).toHaveBeenCalledWith(win, `Could not save ${file}`, expect.stringContaining('ENOENT'));
  });

  it('exports bytes through the save dialog with the kind filter, without a backup or a recent entry', async () => {
    const png = join(t.dir, 'chart.png');
    writeFileSync(png, 'old');
    t.dialogs.save.mockResolvedValueOnce({ canceled: false, filePath: png });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    expect(await t.service.export(win, { kind: 'png', suggestedName: 'chart.png', bytes })).toEqual({ path: png });
    expect(new Uint8Array(readFileSync(png))).toEqual(bytes);
    expect(existsSync(`${png}.bak`)).toBe(false);
    expect(t.recent.list()).toEqual([]);
    expect(t.dialogs.save).toHaveBeenCalledWith(win, expect.objectContaining({ filters: [{ name: 'PNG image', extensions: ['png'] }] }));
  });
});

import '../setup';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { RECENT_LIMIT, RecentFiles } from '../../../electron/files/recent-files';

const userData = () => mkdtempSync(join(tmpdir(), 'kapasim-userdata-'));

describe('RecentFiles', () => {
  it('starts empty, keeps the most recent first without duplicates, and stores the list in the user data folder', async () => {
    const dir = userData();
    const recent = new RecentFiles(dir, () => true);
    expect(await recent.load()).toEqual([]);
    recent.add('/plans/a.kapasim.json');
    recent.add('/plans/b.kapasim.json');
    recent.add('/plans/a.kapasim.json');
    expect(recent.list()).toEqual(['/plans/a.kapasim.json', '/plans/b.kapasim.json']);
    await recent.flushed();
    expect(JSON.parse(readFileSync(join(dir, 'recent-files.json'), 'utf8'))).toEqual({ version: 1, files: ['/plans/a.kapasim.json', '/plans/b.kapasim.json'] });

    const again = new RecentFiles(dir, () => true);
    expect(await again.load()).toEqual(['/plans/a.kapasim.json', '/plans/b.kapasim.json']);
  });

  it(`keeps at most ${RECENT_LIMIT}`, async () => {
    const recent = new RecentFiles(userData(), () => true);
    for (let i = 0; i < RECENT_LIMIT + 5; i++) recent.add(`/p/${i}.kapasim.json`);
    expect(recent.list()).toHaveLength(RECENT_LIMIT);
    expect(recent.list()[0]).toBe(`/p/${RECENT_LIMIT + 4}.kapasim.json`);
  });

  it('drops files that no longer exist when the list is read for the menu', async () => {
    const dir = userData();
    const kept = join(dir, 'kept.kapasim.json');
    writeFileSync(kept, '{}');
    const recent = new RecentFiles(dir);
    recent.add(join(dir, 'gone.kapasim.json'));
    recent.add(kept);
    expect(recent.existing()).toEqual([kept]);
    await recent.flushed();
    expect(JSON.parse(readFileSync(recent.file, 'utf8')).files).toEqual([kept]);
  });

  it('removes one entry, clears all, and tells listeners after each change', () => {
    const recent = new RecentFiles(userData(), () => true);
    const listener = vi.fn();
    recent.onChange(listener);
    recent.add('/a.kapasim.json');
    recent.add('/b.kapasim.json');
    recent.remove('/a.kapasim.json');
    expect(recent.list()).toEqual(['/b.kapasim.json']);
    recent.clear();
    expect(recent.list()).toEqual([]);
    expect(listener.mock.calls.map((c) => c[0])).toEqual([['/a.kapasim.json'], ['/b.kapasim.json', '/a.kapasim.json'], ['/b.kapasim.json'], []]);
  });

  it('treats a damaged list as empty', async () => {
    const dir = userData();
    writeFileSync(join(dir, 'recent-files.json'), '{ not json');
    const recent = new RecentFiles(dir, () => true);
    expect(await recent.load()).toEqual([]);
    writeFileSync(join(dir, 'recent-files.json'), JSON.stringify({ files: ['/ok.kapasim.json', 7, null, ''] }));
    expect(await recent.load()).toEqual(['/ok.kapasim.json']);
    expect(existsSync(join(dir, 'recent-files.json'))).toBe(true);
  });
});

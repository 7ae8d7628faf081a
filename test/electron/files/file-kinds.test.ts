import '../setup';
import { describe, expect, it } from 'vitest';
import { dialogFilters, kindOfPath, safeFileName, withExtension } from '../../../electron/files/file-kinds';

describe('file kinds', () => {
  it('filters the dialogs by the double extension on Windows and Linux, by .json on macOS', () => {
    expect(dialogFilters('scenario', 'win32')).toEqual([
      { name: 'Kapasim scenario (.kapasim.json)', extensions: ['kapasim.json'] },
      { name: 'JSON', extensions: ['json'] },
    ]);
    expect(dialogFilters('study', 'linux')[0]).toEqual({ name: 'Kapasim study (.kapasim-study.json)', extensions: ['kapasim-study.json'] });
    expect(dialogFilters('run', 'linux')[0]!.extensions).toEqual(['kapasim-run.json']);
    expect(dialogFilters('scenario', 'darwin')).toEqual([{ name: 'Kapasim scenario (.kapasim.json)', extensions: ['json'] }]);
  });

  it('has one filter per export kind', () => {
    expect(dialogFilters('svg', 'linux')).toEqual([{ name: 'SVG image', extensions: ['svg'] }]);
    expect(dialogFilters('png', 'win32')).toEqual([{ name: 'PNG image', extensions: ['png'] }]);
    expect(dialogFilters('csv', 'darwin')).toEqual([{ name: 'CSV table', extensions: ['csv'] }]);
    expect(dialogFilters('html', 'linux')).toEqual([{ name: 'HTML report', extensions: ['html'] }]);
    expect(dialogFilters('xlsx', 'linux')).toEqual([{ name: 'Excel workbook', extensions: ['xlsx'] }]);
  });

  it('adds the extension a Linux dialog leaves off, and keeps one the user typed', () => {
    expect(withExtension('/d/plan', 'scenario')).toBe('/d/plan.kapasim.json');
    expect(withExtension('/d/plan.kapasim.json', 'scenario')).toBe('/d/plan.kapasim.json');
    expect(withExtension('/d/PLAN.KAPASIM.JSON', 'scenario')).toBe('/d/PLAN.KAPASIM.JSON');
    expect(withExtension('/d/plan.json', 'scenario')).toBe('/d/plan.json');
    expect(withExtension('/d/sweep', 'study')).toBe('/d/sweep.kapasim-study.json');
    expect(withExtension('/d/chart.', 'png')).toBe('/d/chart.png');
    expect(withExtension('/d/table.txt', 'csv')).toBe('/d/table.txt.csv');
  });

  it('knows a document kind by its extension', () => {
    expect(kindOfPath('/d/a.kapasim.json')).toBe('scenario');
    expect(kindOfPath('C:\\d\\a.KAPASIM-STUDY.json')).toBe('study');
    expect(kindOfPath('/d/a.kapasim-run.json')).toBe('run');
    expect(kindOfPath('/d/a.json')).toBe('scenario');
    expect(kindOfPath('/d/a.txt')).toBeNull();
  });

  it('makes a safe bare file name from what the page suggests', () => {
    expect(safeFileName('../../etc/passwd', 'scenario')).toBe('passwd.kapasim.json');
    expect(safeFileName('C:\\Users\\x\\plan.kapasim.json', 'scenario')).toBe('plan.kapasim.json');
    expect(safeFileName('a<b>:c?.csv', 'csv')).toBe('a-b--c-.csv');
    expect(safeFileName('...', 'png')).toBe('kapasim.png');
  });
});

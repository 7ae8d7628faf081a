import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonText, validateScenario } from '../../../sim';
import { MENU_COMMANDS } from '../../../electron/ipc/contract';
import { EXAMPLES, exampleFile, findExample } from '../../../renderer/app/examples';
import { refusalIssues } from '../../../renderer/app/useFileActions';
import { en } from '../../../renderer/i18n/en';
import { nb } from '../../../renderer/i18n/nb';

const SCENARIOS = resolve(new URL('../../../scenarios', import.meta.url).pathname);

describe('the shipped examples', () => {
  it('are the four shipped scenarios, each once', () => {
    expect(EXAMPLES.map((e) => e.file)).toEqual(['default.kapasim.json', 'fewer-beds-stronger-outpatient.kapasim.json', 'norway.kapasim.json', 'mmc.kapasim.json']);
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(findExample('norway')?.file).toBe('norway.kapasim.json');
    expect(findExample('nope')).toBeUndefined();
  });

  it('are the ones the desktop menu can ask for, no more and no fewer', () => {
    const fromMenu = MENU_COMMANDS.filter((c) => c.startsWith('example:')).map((c) => c.slice('example:'.length));
    expect(fromMenu).toEqual(EXAMPLES.map((e) => e.id));
  });

  for (const example of EXAMPLES) {
    it(`${example.id}: loads the shipped file's own text, as a valid scenario with no path`, async () => {
      const file = await exampleFile(example);
      expect(file.text).toBe(readFileSync(resolve(SCENARIOS, example.file), 'utf8'));
      // No path: Save must ask where (or download), never write over the shipped file.
      expect(file.path).toBeNull();
      expect(file.name).toBe(example.file);
      const parsed = parseJsonText(file.text);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(refusalIssues(parsed.value)).toEqual([]);
      expect(validateScenario(parsed.value).ok).toBe(true);
    });

    it(`${example.id}: has a name and a description in both languages`, () => {
      for (const key of [example.nameKey, example.descriptionKey]) {
        expect(en[key].length).toBeGreaterThan(5);
        expect(nb[key].length).toBeGreaterThan(5);
        expect(nb[key]).not.toBe(en[key]);
      }
    });
  }
});

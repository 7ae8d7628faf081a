import type { ExampleId } from '../desktop/api';
import type { MessageKey } from '../i18n/en';
import type { FileToLoad } from './useFileActions';

/** A scenario shipped in `scenarios/` that the planner can open from the Examples menu. */
export interface Example {
  /** Also what the desktop menu's File > Open Example sends. */
  id: ExampleId;
  /** The shipped file's name: shown where a file's name is (a refusal, the Open problems box). */
  file: string;
  nameKey: MessageKey;
  descriptionKey: MessageKey;
  /** The file's text, fetched on demand so that the examples stay out of the main bundle. */
  text(): Promise<string>;
}

// As text (`?raw`), not parsed JSON: an example then goes through Open's own parse and checks.
export const EXAMPLES: readonly Example[] = [
  {
    id: 'default',
    file: 'default.kapasim.json',
    nameKey: 'examples.default.name',
    descriptionKey: 'examples.default.description',
    text: () => import('../../scenarios/default.kapasim.json?raw').then((m) => m.default),
  },
  {
    id: 'fewer-beds',
    file: 'fewer-beds-stronger-outpatient.kapasim.json',
    nameKey: 'examples.fewer-beds.name',
    descriptionKey: 'examples.fewer-beds.description',
    text: () => import('../../scenarios/fewer-beds-stronger-outpatient.kapasim.json?raw').then((m) => m.default),
  },
  {
    id: 'norway',
    file: 'norway.kapasim.json',
    nameKey: 'examples.norway.name',
    descriptionKey: 'examples.norway.description',
    text: () => import('../../scenarios/norway.kapasim.json?raw').then((m) => m.default),
  },
  {
    id: 'mmc',
    file: 'mmc.kapasim.json',
    nameKey: 'examples.mmc.name',
    descriptionKey: 'examples.mmc.description',
    text: () => import('../../scenarios/mmc.kapasim.json?raw').then((m) => m.default),
  },
];

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}

/**
 * An example as a file to load. No path: it opens as a new, unsaved document, so Save asks
 * where to put it (or downloads it) and never writes over the shipped file.
 */
export async function exampleFile(example: Example): Promise<FileToLoad> {
  return { path: null, name: example.file, text: await example.text() };
}

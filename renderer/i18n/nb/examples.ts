import type { examples as en } from '../en/examples';

/** Strings of the Examples menu: the shipped scenarios (bokmål). */
export const examples: Record<keyof typeof en, string> = {
  'examples.menu': 'Eksempler',
  'examples.menuTitle': 'Åpne et av scenarioene som følger med Kapasim, som et nytt, ulagret dokument',
  'examples.loadFailed': 'Eksempelet kunne ikke lastes: {message}',
  'examples.default.name': 'Standard: et mellomstort helseforetak',
  'examples.default.description': 'Om lag 500\u00a0000 innbyggere, kalibrert til norske tall; hvert tall har en kildenote.',
  'examples.fewer-beds.name': 'Færre senger, sterkere poliklinikk',
  'examples.fewer-beds.description': 'Standardforetaket med 15 % færre senger, 20 % flere polikliniske plasser og 50 % mer ettervern.',
  'examples.norway.name': 'Hele Norge',
  'examples.norway.description': 'Hele landet som ett system: 1\u00a0847 senger, 10 år × 100 replikasjoner (om lag 15 s å kjøre på to kjerner).',
  'examples.mmc.name': 'M/M/c-køsjekk',
  'examples.mmc.description': 'Én tjeneste med 20 senger ved 90 % belastning, som køteori gir et eksakt svar på.',
};

export type Lang = 'nb' | 'en';
export const LANGS: Lang[] = ['nb', 'en'];

/** Norwegian (bokmål, nynorsk or plain "no") system locales get bokmål; everything else English. */
export function detectLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const tag = l.toLowerCase();
    if (tag.startsWith('nb') || tag.startsWith('nn') || tag === 'no' || tag.startsWith('no-')) return 'nb';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

/**
 * The planner's guide: the pages the app opens are what docs/guide/build-html.mjs makes of
 * the markdown, both languages mention every parameter of the scenario file, and every image
 * and in-page link resolves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_CSS, OUT, renderGuidePage, renderMarkdown } from '../../../docs/guide/build-html.mjs';
import {
  AFTERCARE_FIELDS, ASSESSMENT_FIELDS, COSTS_FIELDS, DISTRIBUTION_KINDS, GROUP_FIELDS, INITIAL_STATE_FIELDS, NEED_SHARE_FIELDS,
  POPULATION_FIELDS, POPULATION_ROW_FIELDS, REFERRALS_FIELDS, RELAPSE_FIELDS, RELAPSE_PROBABILITY_FIELDS, SERVICE_FIELDS, TOP_FIELDS, WAITING_LIST_FIELDS,
} from '../../../sim/scenario/fields';

const DOCS = new URL('../../../docs/guide/', import.meta.url).pathname;
const md = (lang: string) => readFileSync(join(DOCS, `${lang}.md`), 'utf8');
const LANGS = ['en', 'nb'] as const;

/** Fields that are free text or the file's own tag, not planning parameters. */
const NOT_PARAMETERS = new Set(['schema', 'name', 'description', 'notes']);

/** Every parameter of the scenario file, as `section.field` (the guide writes them so, in code). */
function parameters(): string[] {
  const out: string[] = [];
  for (const f of TOP_FIELDS) if (!NOT_PARAMETERS.has(f) && !['referrals', 'groups', 'assessment', 'waitingList', 'services', 'aftercare', 'relapse', 'costs'].includes(f)) out.push(f);
  for (const f of REFERRALS_FIELDS) out.push(`referrals.${f}`);
  for (const f of GROUP_FIELDS) if (!NOT_PARAMETERS.has(f)) out.push(`groups[].${f}`);
  for (const f of ASSESSMENT_FIELDS) out.push(`assessment.${f}`);
  for (const f of WAITING_LIST_FIELDS) out.push(`waitingList.${f}`);
  for (const f of SERVICE_FIELDS) if (!NOT_PARAMETERS.has(f)) out.push(`services[].${f}`);
  for (const f of AFTERCARE_FIELDS) if (f !== 'needShare') out.push(`aftercare.${f}`);
  for (const f of NEED_SHARE_FIELDS) out.push(`aftercare.needShare.${f}`);
  for (const f of RELAPSE_FIELDS) if (f !== 'probability') out.push(`relapse.${f}`);
  for (const f of RELAPSE_PROBABILITY_FIELDS) out.push(`relapse.probability.${f}`);
  for (const f of COSTS_FIELDS) out.push(`costs.${f}`);
  for (const f of INITIAL_STATE_FIELDS) out.push(`initialState.${f}`);
  return out;
}

/** Every key of the scenario example in shared/MODEL.md (its parameters), when that file is at hand. */
function modelMdKeys(): string[] | null {
  const path = ['/work/shared/MODEL.md', new URL('../../../../shared/MODEL.md', import.meta.url).pathname].find((p) => existsSync(p));
  if (!path) return null;
  const text = readFileSync(path, 'utf8');
  const block = /## Scenario file[\s\S]*?```json\n([\s\S]*?)```/.exec(text);
  if (!block) return null;
  const keys = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        // Keys inside entry / next maps are service ids, not parameters.
        keys.add(k);
        if (k !== 'entry' && k !== 'next') walk(x);
      }
    }
  };
  walk(JSON.parse(block[1]!));
  return [...keys].filter((k) => !NOT_PARAMETERS.has(k) && !['dist', 'mean', 'sd', 'value', 'min', 'max', 'mode', 'values', 'id', 'label'].includes(k));
}

/** The inline-code spans of a markdown text. */
const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('the planner’s guide', () => {
  for (const lang of LANGS) {
    it(`${lang}: the page the app opens is the markdown rendered (node docs/guide/build-html.mjs)`, () => {
      expect(readFileSync(join(OUT, `${lang}.html`), 'utf8')).toBe(renderGuidePage(md(lang), lang));
      expect(readFileSync(join(OUT, 'guide.css'), 'utf8')).toBe(GUIDE_CSS);
    });

    it(`${lang}: mentions every parameter of the scenario file, with its meaning, unit, default and source`, () => {
      const spans = codeSpans(md(lang));
      const mentioned = (p: string) => spans.some((s) => s === p || s.endsWith(`.${p}`) || s.startsWith(`${p}.`) || s.split(/[\s,]+/).includes(p));
      const missing = parameters().filter((p) => !mentioned(p));
      expect(missing).toEqual([]);
      for (const f of POPULATION_FIELDS) expect(spans).toContain(f);
      for (const f of POPULATION_ROW_FIELDS) expect(spans).toContain(f);
      for (const k of DISTRIBUTION_KINDS) expect(spans.some((s) => s === k || s.includes(`"${k}"`)), k).toBe(true);
      // The parameter tables have the columns the brief asks for.
      const header = lang === 'en' ? '| Field | Meaning | Unit | Default | Source |' : '| Felt | Betydning | Enhet | Standard | Kilde |';
      expect(md(lang).split(header).length - 1).toBe(7);
    });

    it(`${lang}: mentions every key of shared/MODEL.md’s scenario example`, () => {
      const keys = modelMdKeys();
      if (keys === null) return; // MODEL.md is not beside the repository here
      const text = codeSpans(md(lang)).join(' ');
      expect(keys.filter((k) => !new RegExp(`\\b${k}\\b`).test(text))).toEqual([]);
    });

    it(`${lang}: every image exists (and is shipped with the app) and every in-page link has its heading`, () => {
      const text = md(lang);
      const images = [...text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
      expect(images.length).toBeGreaterThanOrEqual(4);
      for (const src of images) {
        expect(src.startsWith(`img/${lang}-`), src).toBe(true);
        const file = join(DOCS, src);
        expect(existsSync(file), src).toBe(true);
        expect(readFileSync(join(OUT, src)).equals(readFileSync(file)), src).toBe(true);
        // A PNG, and not a blank one.
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.length).toBeGreaterThan(20_000);
      }
      const { headings } = renderMarkdown(text);
      const ids = new Set(headings.map((h) => h.id));
      for (const m of text.matchAll(/\]\(#([^)]+)\)/g)) expect(ids.has(m[1]!), m[1]).toBe(true);
      // Both languages have the same sections, so the app can link to either by id.
      expect(headings.filter((h) => h.level === 2).map((h) => h.id)).toEqual(renderMarkdown(md('en')).headings.filter((h) => h.level === 2).map((h) => h.id));
    });
  }

  it('ships no stray files: the two pages, the stylesheet and the images the guides use', () => {
    const used = new Set(LANGS.flatMap((l) => [...md(l).matchAll(/\]\((img\/[^)]+)\)/g)].map((m) => m[1]!)));
    expect(readdirSync(OUT).sort()).toEqual(['en.html', 'guide.css', 'img', 'nb.html']);
    expect(readdirSync(join(OUT, 'img')).map((f) => `img/${f}`).sort()).toEqual([...used].sort());
  });

  it('the pages run nothing: no scripts, no inline event handlers, no remote resources', () => {
    for (const lang of LANGS) {
      const html = readFileSync(join(OUT, `${lang}.html`), 'utf8');
      expect(html).not.toMatch(/<script|\son\w+=|src="https?:|href="https?:\/\/(?!)/i);
      expect(html).toContain(`<html lang="${lang}">`);
    }
  });

  it('renders the markdown subset it documents', () => {
    const { html, headings } = renderMarkdown(
      ['# Title', '', 'Text with `code`, **bold**, *em* and a [link](#x).', '', '## Part {#x}', '', '* one', '  more', '* two', '', '1. first', '2. second', '', '| a | b |', '|---|---|', '| `x|y` | 2 |', '', '```', '<tag>', '```', '', '> quote', '', '![Alt text](img/a.png)', '', '---'].join('\n'),
    );
    expect(headings.map((h) => [h.level, h.id])).toEqual([[1, 'title'], [2, 'x']]);
    expect(html).toContain('<p>Text with <code>code</code>, <strong>bold</strong>, <em>em</em> and a <a href="#x">link</a>.</p>');
    expect(html).toContain('<ul><li>one more</li><li>two</li></ul>');
    expect(html).toContain('<ol><li>first</li><li>second</li></ol>');
    expect(html).toContain('<td><code>x|y</code></td>');
    expect(html).toContain('<pre><code>&lt;tag&gt;</code></pre>');
    expect(html).toContain('<blockquote><p>quote</p></blockquote>');
    expect(html).toContain('<figure><img src="img/a.png" alt="Alt text"><figcaption>Alt text</figcaption></figure>');
    expect(html).toContain('<hr>');
  });
});

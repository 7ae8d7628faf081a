// Builds the planner's guide pages the app opens from its Help button:
//
//   node docs/guide/build-html.mjs
//
// reads docs/guide/en.md and docs/guide/nb.md and writes renderer/public/guide/{en,nb}.html,
// guide.css and a copy of docs/guide/img/, which Vite ships as they are (dist/renderer/guide/).
// The app fetches guide/<lang>.html by a relative URL, so the same files work in the browser
// build and under the desktop shell's app:// scheme. test/renderer/static/guide.test.ts checks
// that the committed pages are what this script makes of the markdown.
//
// The markdown is a small subset, enough for the guide: # headings (an explicit id as
// "{#id}" at the end), paragraphs, "* " / "- " and "1. " lists (one level, with continuation
// lines), GitHub tables, ``` code blocks, "> " quotes, "---" rules, images alone on a line
// (a figure with the alt text as caption), and inline `code`, **bold**, *emphasis* and links.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');
export const OUT = join(ROOT, 'renderer', 'public', 'guide');
export const LANGS = ['en', 'nb'];

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A heading's id: lower case, letters (æøå too) and digits, words joined by "-". */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** Inline markdown: code spans first (their content is literal), then links, bold and emphasis. */
export function inline(text) {
  const parts = text.split(/(`[^`]+`)/);
  return parts
    .map((part) => {
      // A long field path may break after its dots (and only there): `relapse.<wbr>probability.<wbr>…`.
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return `<code>${escapeHtml(part.slice(1, -1)).replace(/\.(?=\S)/g, '.<wbr>')}</code>`;
      let s = escapeHtml(part);
      s = s.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_, alt, src) => `<img src="${src}" alt="${alt}">`);
      s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => `<a href="${href}">${label}</a>`);
      s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
      s = s.replace(/(^|[\s(“"'‘«])\*([^*\s][^*]*?)\*(?=[\s).,;:!?”"'’»]|$)/g, '$1<em>$2</em>');
      return s;
    })
    .join('');
}

function splitRow(line) {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells = [];
  let cell = '';
  let code = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '`') code = !code;
    if (ch === '\\' && s[i + 1] === '|') {
      cell += '|';
      i++;
      continue;
    }
    if (ch === '|' && !code) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** The guide's markdown as HTML (the body of <main>), with the headings it has ({level, id, text}). */
export function renderMarkdown(md) {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  const headings = [];
  const ids = new Set();
  let i = 0;
  const isBlockStart = (l) => /^(#{1,6} |```|> |\s*[*-] |\s*\d+\. |\||---\s*$)/.test(l) || /^!\[[^\]]*\]\([^)]+\)\s*$/.test(l);
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    let m;
    if ((m = /^(#{1,6}) (.*?)(?:\s+\{#([\w-]+)\})?\s*$/.exec(line))) {
      const level = m[1].length;
      let id = m[3] ?? slug(m[2]);
      if (ids.has(id)) {
        let k = 2;
        while (ids.has(`${id}-${k}`)) k++;
        id = `${id}-${k}`;
      }
      ids.add(id);
      headings.push({ level, id, text: m[2] });
      out.push(`<h${level} id="${id}">${inline(m[2])}</h${level}>`);
      i++;
    } else if (line.startsWith('```')) {
      const lang = line.slice(3).trim();
      const body = [];
      i++;
      while (i < lines.length && !lines[i].startsWith('```')) body.push(lines[i++]);
      i++;
      out.push(`<pre><code${lang ? ` class="language-${escapeHtml(lang)}"` : ''}>${escapeHtml(body.join('\n'))}</code></pre>`);
    } else if (/^---\s*$/.test(line)) {
      out.push('<hr>');
      i++;
    } else if ((m = /^!\[([^\]]*)\]\(([^)\s]+)\)\s*$/.exec(line))) {
      out.push(`<figure><img src="${escapeHtml(m[2])}" alt="${escapeHtml(m[1])}"><figcaption>${inline(m[1])}</figcaption></figure>`);
      i++;
    } else if (line.startsWith('> ') || line === '>') {
      const body = [];
      while (i < lines.length && (lines[i].startsWith('> ') || lines[i] === '>')) body.push(lines[i++].replace(/^> ?/, ''));
      out.push(`<blockquote>${renderMarkdown(body.join('\n')).html}</blockquote>`);
    } else if (line.startsWith('|')) {
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(lines[i++]);
      const head = splitRow(rows[0]);
      const body = rows.slice(2).map(splitRow);
      out.push(
        `<table><thead><tr>${head.map((c) => `<th scope="col">${inline(c)}</th>`).join('')}</tr></thead><tbody>${body
          .map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    } else if ((m = /^(\s*)([*-]|\d+\.) /.exec(line))) {
      const ordered = /\d/.test(m[2]);
      const items = [];
      while (i < lines.length) {
        const l = lines[i];
        const item = /^\s*([*-]|\d+\.) (.*)$/.exec(l);
        if (item && /\d/.test(item[1]) === ordered) {
          items.push(item[2]);
          i++;
        } else if (l.trim() !== '' && /^\s+\S/.test(l) && items.length > 0) {
          items[items.length - 1] += ` ${l.trim()}`;
          i++;
        } else break;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.map((it) => `<li>${inline(it)}</li>`).join('')}</${tag}>`);
    } else {
      const body = [];
      while (i < lines.length && lines[i].trim() !== '' && (body.length === 0 || !isBlockStart(lines[i]))) body.push(lines[i++].trim());
      out.push(`<p>${inline(body.join(' '))}</p>`);
    }
  }
  return { html: out.join('\n'), headings };
}

const OTHER = { en: { lang: 'nb', label: 'Norsk (bokmål)' }, nb: { lang: 'en', label: 'English' } };

/** A whole guide page: no scripts, one stylesheet, a link to the other language outside <main>. */
export function renderGuidePage(md, lang) {
  const { html, headings } = renderMarkdown(md);
  const title = headings.find((h) => h.level === 1)?.text.replace(/`/g, '') ?? 'Kapasim';
  const other = OTHER[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="guide.css">
<title>${escapeHtml(title)}</title>
</head>
<body>
<nav class="guide-lang"><a href="${other.lang}.html" hreflang="${other.lang}" lang="${other.lang}">${other.label}</a></nav>
<main>
${html}
</main>
</body>
</html>
`;
}

export const GUIDE_CSS = `/* The planner's guide as a page of its own (docs/guide/build-html.mjs). */
:root { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 16px; color: #1b1f24; line-height: 1.55; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem 1.5rem 3rem; }
.guide-lang { text-align: right; font-size: 0.9rem; }
a { color: #0b5cad; }
h1 { font-size: 1.7rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.4rem; }
table { border-collapse: collapse; margin: 0.75rem 0; font-size: 0.92rem; display: block; overflow-x: auto; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
code { font-size: 0.9em; background: #f6f8fa; padding: 0 0.25rem; border-radius: 3px; }
pre { background: #f6f8fa; padding: 0.6rem 0.8rem; overflow-x: auto; border-radius: 4px; }
pre code { background: none; padding: 0; }
blockquote { margin: 0.75rem 0; padding: 0.3rem 0.9rem; border-left: 4px solid #0b5cad; background: #f6f8fa; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 4px; }
figcaption { font-size: 0.88rem; color: #57606a; margin-top: 0.25rem; }
`;

/** Writes the pages, the stylesheet and the images. */
export function build() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'img'), { recursive: true });
  for (const lang of LANGS) writeFileSync(join(OUT, `${lang}.html`), renderGuidePage(readFileSync(join(HERE, `${lang}.md`), 'utf8'), lang));
  writeFileSync(join(OUT, 'guide.css'), GUIDE_CSS);
  for (const f of readdirSync(join(HERE, 'img'))) if (f.endsWith('.png')) copyFileSync(join(HERE, 'img', f), join(OUT, 'img', f));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  build();
  process.stdout.write(`wrote ${OUT}\n`);
}

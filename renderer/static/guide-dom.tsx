/**
 * The planner's guide inside the app: the guide page (guide/<lang>.html, built from
 * docs/guide/<lang>.md) is fetched by a relative URL, which works in the browser build and
 * under the desktop shell's app:// scheme alike, and its <main> is turned into React elements
 * through an allow-list of tags and attributes (no innerHTML: nothing in the page can run).
 * Links inside the guide scroll the dialog; images load from guide/img/.
 */
import { createElement, type ReactNode } from 'react';

/** The guide page of a language, relative to the app's index.html. */
export function guideUrl(lang: string): string {
  return `guide/${lang === 'nb' ? 'nb' : 'en'}.html`;
}

const TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'img', 'code', 'pre',
  'strong', 'em', 'blockquote', 'figure', 'figcaption', 'hr', 'br', 'wbr', 'span', 'section', 'div', 'kbd', 'sup', 'sub', 'dl', 'dt', 'dd',
]);
const ATTRIBUTES: Record<string, string> = { id: 'id', href: 'href', src: 'src', alt: 'alt', title: 'title', colspan: 'colSpan', rowspan: 'rowSpan', scope: 'scope', class: 'className', width: 'width', height: 'height' };
const VOID = new Set(['img', 'hr', 'br', 'wbr']);

/** The id an element of the guide gets inside the app (prefixed, so it cannot clash with the app's own). */
export const guideId = (id: string): string => `guide-${id}`;

export interface GuideDocument {
  title: string;
  lang: string;
  body: ReactNode;
}

/** Converts the guide page's <main> to React elements. `onAnchor` handles in-page links. */
export function guideToReact(html: string, onAnchor: (id: string) => void): GuideDocument {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const main = doc.querySelector('main') ?? doc.body;
  let key = 0;
  const convert = (node: Node): ReactNode => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    const children = Array.from(el.childNodes, convert);
    if (!TAGS.has(tag)) return children;
    const props: Record<string, unknown> = { key: key++ };
    for (const attr of Array.from(el.attributes)) {
      const name = ATTRIBUTES[attr.name];
      if (name) props[name] = attr.value;
    }
    if (typeof props.id === 'string') props.id = guideId(props.id);
    if (tag === 'img' && typeof props.src === 'string') {
      if (/^[a-z][a-z0-9+.-]*:/i.test(props.src) || props.src.startsWith('/')) delete props.src;
      else props.src = `guide/${props.src}`;
      props.loading = 'lazy';
    }
    if (tag === 'a' && typeof props.href === 'string') {
      const href = props.href;
      if (href.startsWith('#')) {
        const id = href.slice(1);
        props.href = `#${guideId(id)}`;
        props.onClick = (e: { preventDefault(): void }) => {
          e.preventDefault();
          onAnchor(guideId(id));
        };
      } else if (/^https?:\/\//i.test(href)) {
        props.target = '_blank';
        props.rel = 'noopener noreferrer';
      } else if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        delete props.href; // no other schemes
      } else {
        props.href = `guide/${href}`;
        props.target = '_blank';
        props.rel = 'noopener';
      }
    }
    return VOID.has(tag) ? createElement(tag, props) : createElement(tag, props, ...children);
  };
  return {
    title: doc.title,
    lang: doc.documentElement.getAttribute('lang') ?? '',
    body: Array.from(main.childNodes, convert),
  };
}

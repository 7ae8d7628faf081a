/**
 * A small XML well-formedness check (no DTDs, no CDATA): every tag closes in order, attributes
 * are quoted and unique, '&' only starts an entity, '<' never appears in text. Returns the
 * root element's name and attributes, and every element in document order, or throws.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g;

function decode(s: string): string {
  if (/&/.test(s.replace(ENTITY, ''))) throw new Error(`bare '&' in ${JSON.stringify(s.slice(0, 60))}`);
  return s
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /\s*([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
  let rest = src;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(src))) {
    const name = m[1]!;
    if (!NAME.test(name)) throw new Error(`bad attribute name ${name}`);
    if (Object.hasOwn(attrs, name)) throw new Error(`duplicate attribute ${name}`);
    const raw = m[3] ?? m[4]!;
    if (raw.includes('<')) throw new Error(`'<' in attribute ${name}`);
    attrs[name] = decode(raw);
    rest = src.slice(re.lastIndex);
  }
  if (rest.trim() !== '') throw new Error(`unparsable attributes: ${JSON.stringify(rest.slice(0, 60))}`);
  return attrs;
}

export function parseXml(doc: string): { root: XmlElement; elements: XmlElement[] } {
  let s = doc.replace(/^\uFEFF/, '');
  s = s.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  const elements: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    const text = s.slice(i, lt === -1 ? s.length : lt);
    if (text.trim() !== '') {
      if (stack.length === 0) throw new Error(`text outside the root: ${JSON.stringify(text.slice(0, 40))}`);
      stack[stack.length - 1]!.text += decode(text);
    }
    if (lt === -1) break;
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt);
      if (end === -1) throw new Error('unclosed comment');
      i = end + 3;
      continue;
    }
    const gt = s.indexOf('>', lt);
    if (gt === -1) throw new Error('unclosed tag');
    const tag = s.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
    if (!NAME.test(name)) throw new Error(`bad element name ${JSON.stringify(name)}`);
    if (stack.length === 0 && root) throw new Error('more than one root element');
    const el: XmlElement = { name, attrs: parseAttrs(body.slice(name.length)), text: '' };
    elements.push(el);
    if (stack.length === 0) root = el;
    if (!selfClosing) stack.push(el);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return { root, elements };
}

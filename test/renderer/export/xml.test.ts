import { describe, expect, it } from 'vitest';
import { parseXml } from './xml';

describe('parseXml (the test helper itself)', () => {
  it('accepts a well-formed document and reads attributes and text', () => {
    const { root, elements } = parseXml('<?xml version="1.0"?>\n<svg a="1"><g><text b="x &amp; y">A &lt; B</text></g><line/></svg>');
    expect(root.name).toBe('svg');
    expect(elements.map((e) => e.name)).toEqual(['svg', 'g', 'text', 'line']);
    expect(elements[2]).toMatchObject({ attrs: { b: 'x & y' }, text: 'A < B' });
  });
  it.each([
    ['<svg><g></svg>', /closes/],
    ['<svg a=1></svg>', /attributes/],
    ['<svg a="1" a="2"></svg>', /duplicate/],
    ['<svg>a & b</svg>', /bare/],
    ['<svg></svg><svg></svg>', /root/],
    ['<svg>', /unclosed/],
  ])('rejects %s', (doc, message) => {
    expect(() => parseXml(doc)).toThrow(message);
  });
});

import { describe, expect, it } from 'vitest';
import { crc32, withPngDpi } from '../../../renderer/export/png-dpi';

// A 1×1 PNG (signature, IHDR, IDAT, IEND) as canvas.toBlob might produce it.
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
);

function chunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out = [];
  for (let at = 8; at < png.length; ) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    const crcOk = view.getUint32(at + 8 + len) === crc32(png.subarray(at + 4, at + 8 + len));
    out.push({ type, data, crcOk });
    at += 12 + len;
  }
  return out;
}

describe('withPngDpi', () => {
  it('computes PNG CRC-32 correctly', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
  it('inserts a valid pHYs chunk right after IHDR, leaving the rest intact', () => {
    const out = withPngDpi(PNG, 288);
    const list = chunks(out);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const phys = new DataView(list[1]!.data.buffer, list[1]!.data.byteOffset, 9);
    expect(phys.getUint32(0)).toBe(11339); // 288 dpi in pixels per metre
    expect(phys.getUint32(4)).toBe(11339);
    expect(phys.getUint8(8)).toBe(1);
    expect(out.subarray(0, 8)).toEqual(PNG.subarray(0, 8));
  });
});

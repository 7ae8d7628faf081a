import { withPngDpi } from './png-dpi';

/**
 * Rasterises a standalone SVG document (already sized width × height in pixels) to PNG bytes:
 * the SVG is loaded as an image and drawn on an offscreen canvas on white, then `toBlob`.
 * `dpi` is written into the file (96 for screen, 288 for 3× print).
 */
export async function svgToPng(svg: string, width: number, height: number, dpi = 96): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas produced no PNG'))), 'image/png'),
    );
    return withPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
  } finally {
    URL.revokeObjectURL(url);
  }
}

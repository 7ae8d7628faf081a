import '../setup';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath, serveAppRequest } from '../../../electron/windows/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';

function renderer() {
  const root = mkdtempSync(join(tmpdir(), 'kapasim-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Kapasim</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.txt'), 'outside');
  return root;
}

describe('the app:// protocol', () => {
  it('maps app URLs to files inside the renderer folder only', () => {
    const root = '/app/dist/renderer';
    expect(resolveAppPath(root, 'app://kapasim/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://kapasim/assets/worker-1.js?x=1#y')).toBe(join(root, 'assets', 'worker-1.js'));
    expect(resolveAppPath(root, 'app://kapasim/assets/a%20b.js')).toBe(join(root, 'assets', 'a b.js'));
    // The URL parser already removes dot segments: these stay inside the folder.
    expect(resolveAppPath(root, 'app://kapasim/../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppPath(root, 'app://kapasim/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
    for (const url of [
      'app://kapasim/assets/..%2f..%2fsecret.txt',
      'app://kapasim/..%2fsecret.txt',
      'app://kapasim/..%5c..%5csecret.txt',
      'app://kapasim/%00',
      'app://kapasim/%E0%A4%A',
      'app://other/index.html',
      'file:///app/dist/renderer/index.html',
      'https://kapasim/index.html',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('serves files with their type, the CSP header and nosniff; 404 outside; only GET and HEAD', async () => {
    const root = renderer();
    const page = await serveAppRequest(root, { url: 'app://kapasim/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Kapasim</title>');

    const script = await serveAppRequest(root, { url: 'app://kapasim/assets/index-abc.js', method: 'GET' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    expect((await serveAppRequest(root, { url: 'app://kapasim/..%2fsecret.txt', method: 'GET' })).status).toBe(404);
    expect((await serveAppRequest(root, { url: 'app://kapasim/../secret.txt', method: 'GET' })).status).toBe(404); // = <root>/secret.txt, which does not exist
    expect((await serveAppRequest(root, { url: 'app://kapasim/missing.js', method: 'GET' })).status).toBe(404);
    expect((await serveAppRequest(root, { url: 'app://kapasim/index.html', method: 'POST' })).status).toBe(405);
  });
});

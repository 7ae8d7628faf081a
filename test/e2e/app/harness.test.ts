import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, startSuite, type Suite } from './harness';

// The other browser tests pass only because nothing is reported; make sure reports are seen.
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('e2e harness', () => {
  it('serves the app with its CSP header and the right MIME types', async () => {
    const index = await fetch(suite.server.url);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('content-security-policy')).toBe(suite.server.csp);
    expect(suite.server.csp).toContain("script-src 'self'");
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(await index.text())![1];
    expect((await fetch(suite.server.url + script)).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(suite.server.url + 'no-such-file.js')).status).toBe(404);
    suite.server.notFound.splice(0);
  });

  it('records console errors, page errors, CSP violations and sideways scrolling, and fails the test on them', async () => {
    const app = await AppPage.open(suite, 'harness');
    await app.page.evaluate(() => {
      console.error('deliberate console error');
      setTimeout(() => {
        throw new Error('deliberate page error');
      });
      const img = document.createElement('img');
      img.src = 'https://example.invalid/blocked.png'; // img-src 'self' data: blob:
      document.body.append(img);
      const wide = document.createElement('div');
      wide.style.width = '3000px';
      wide.style.height = '1px';
      document.body.append(wide);
    });
    await expect.poll(() => app.problems.length).toBeGreaterThanOrEqual(3);
    await app.shot('wide');
    const text = app.problems.join('\n');
    expect(text).toMatch(/console error: deliberate console error/);
    expect(text).toMatch(/page error: .*deliberate page error/);
    expect(text).toMatch(/CSP violation: img-src blocked https:\/\/example\.invalid/);
    expect(text).toMatch(/scrolls sideways/);
    await expect(app.finish()).rejects.toThrow(/problem\(s\)/);
  });
});

import { electron, resetFakeElectron } from '../setup';
import { beforeEach, describe, expect, it } from 'vitest';
import { DOCS_URL, PROJECT_SITE } from '../../../electron/app-info';
import { isAllowedExternalUrl, openExternalIfAllowed } from '../../../electron/security/external-links';

describe('external links', () => {
  beforeEach(() => resetFakeElectron());

  it("allows http(s) links to the project's own site only", () => {
    expect(isAllowedExternalUrl(DOCS_URL)).toBe(true);
    expect(isAllowedExternalUrl(`${PROJECT_SITE}/docs/scenario.html#beds`)).toBe(true);
    expect(isAllowedExternalUrl(PROJECT_SITE.replace('https:', 'http:'), [PROJECT_SITE.replace('https:', 'http:')])).toBe(true);
    for (const url of [
      'https://evil.example/',
      `${PROJECT_SITE}.evil.example/`,
      `https://user:pw@${new URL(PROJECT_SITE).host}/`,
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://kapasim/index.html',
      'not a url',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('opens an allowed link in the browser and refuses the rest', async () => {
    expect(await openExternalIfAllowed(DOCS_URL)).toBe(true);
    expect(await openExternalIfAllowed('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(electron.shell.openExternal.mock.calls).toEqual([[DOCS_URL]]);
  });
});

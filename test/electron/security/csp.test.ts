import '../setup';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectStrict(policy: string) {
  const d = directives(policy);
  expect(policy.trim().startsWith("default-src 'none'")).toBe(true);
  expect(d.get('script-src')).toEqual(["'self'"]); // no inline scripts, no eval, nothing remote
  for (const [name, values] of d) {
    for (const v of values) {
      expect(v, `${name} ${v}`).not.toMatch(/^(https?:|wss?:|\*|'unsafe-eval'|'wasm-unsafe-eval')/);
      if (name !== 'style-src') expect(v, `${name} ${v}`).not.toBe("'unsafe-inline'");
    }
  }
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('form-action')).toEqual(["'none'"]);
}

describe('Content-Security-Policy', () => {
  it('the header the app:// protocol sends starts from nothing and allows only the app itself', () => {
    expectStrict(CONTENT_SECURITY_POLICY);
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
  });

  it("the page's own meta policy is as strict", () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta).not.toBeNull();
    expectStrict(meta![1]!);
  });
});

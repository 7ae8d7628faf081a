import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aggregateRun, simulateReplication, type Scenario } from '../../../sim';
import { benchAppNational, formatAppNational } from '../../../bench/app-national';
import { DIST } from './server';
import { readFileSync } from 'node:fs';

// The bench's national run in the app (bench/app-national.ts), on a small size: it runs in
// Chromium on the app's own Web Worker pool with 2 and with 1 worker, and reads off the page
// the digest of the same results as a run in this process. Its timings are the bench's.
const NORWAY = fileURLToPath(new URL('../../../scenarios/norway.kapasim.json', import.meta.url));
const SIZE = { replications: 4, horizonDays: 365, warmupDays: 100 };

describe('bench: the national scenario run in the app', () => {
  it('runs on 2 and on 1 Web Worker and shows the digest this process computes', async () => {
    const b = await benchAppNational(NORWAY, DIST, { size: SIZE });
    if (!b.ok) throw new Error(b.reason);
    expect(b.runs.map((r) => r.workers)).toEqual([2, 1]);
    const scenario = { ...(JSON.parse(readFileSync(NORWAY, 'utf8')) as Scenario), ...SIZE };
    const here = aggregateRun(scenario, Array.from({ length: SIZE.replications }, (_, i) => simulateReplication(scenario, i))).digest;
    for (const r of b.runs) {
      expect(r.digest).toBe(here);
      expect(r.workersStarted).toBe(r.workers);
      expect(r.wallMs).toBeGreaterThan(0);
      expect(r.appWallSeconds).not.toBeNull();
    }
    const lines = formatAppNational(b, here).join('\n');
    expect(lines).toContain('2 Web Workers ÷ 1');
    expect(lines).toContain("the same as the CLI's");
    expect(formatAppNational(b, 'f'.repeat(64)).join('\n')).toContain('NOT the CLI');
  }, 180_000);
});

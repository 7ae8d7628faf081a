import { describe, expect, it } from 'vitest';
import { RunCancelled } from '../../../renderer/run/pool';
import { reportRunEnd, type RunEndAction } from '../../../renderer/run/report-run-end';

/** The actions reportRunEnd dispatches for `result`, once it has called done. */
function ending<R>(result: Promise<R>): Promise<RunEndAction<R>[]> {
  const seen: RunEndAction<R>[] = [];
  return new Promise((resolve) => reportRunEnd(result, performance.now(), (a) => seen.push(a), () => resolve(seen)));
}

describe('how a run ends, for the run and study stores', () => {
  it('finished, with its result and a wall time', async () => {
    const [a, ...rest] = await ending(Promise.resolve('result'));
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ type: 'runFinished', result: 'result' });
    expect(a!.type === 'runFinished' && a.wallMs).toBeGreaterThanOrEqual(0);
  });

  it('cancelled, or failed with the message of what went wrong', async () => {
    expect(await ending(Promise.reject(new RunCancelled()))).toEqual([{ type: 'runCancelled' }]);
    expect(await ending(Promise.reject(new Error('case 1, replication 3 failed: boom')))).toEqual([{ type: 'runFailed', message: 'case 1, replication 3 failed: boom' }]);
    expect(await ending(Promise.reject('plain'))).toEqual([{ type: 'runFailed', message: 'plain' }]);
  });
});

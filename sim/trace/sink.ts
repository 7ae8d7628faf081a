import type { Clock } from '../model/integrals';
import type { TraceKind } from './kinds';

/**
 * What the event loop tells a trace recorder (SimulateOptions.trace). The loop calls it only
 * when one was given, behind one null check at each hook; a bulk run passes none and records
 * nothing. Times are read from the clock (the scheduler), as the integrals do, so no double is
 * passed (and boxed) per call.
 */
export interface TraceSink {
  /** Once, before the first event: the run's clock and its number of services. */
  begin(clock: Clock, nServices: number): void;
  /**
   * One event now. `p` is the model's patient index (−1: none), `s` a service index (−1:
   * none), `arg` the kind's small argument (group for Initial and Referral, outcome, reason).
   */
  event(kind: TraceKind, p: number, s: number, arg: number): void;
  /** Patient p takes an aftercare place now, held until `until` (days). */
  aftercare(p: number, until: number): void;
}

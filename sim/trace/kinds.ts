/**
 * What a trace records: one event per change of a patient's place in the pathway, and per
 * aftercare place taken or released. Const enums, like the model's own: esbuild writes their
 * values in as literals, so a recorder hook costs no lookups.
 */
export const enum TraceKind {
  /** A patient placed by the initial state at time 0 (arg: group). Then Start or Wait follows. */
  Initial = 0,
  /** A new referral: the patient enters assessment (arg: group). */
  Referral = 1,
  /** Relapse returning: a discharged patient is re-referred and enters assessment again. */
  ReReferral = 2,
  /** Joins service s's waiting list (no room to start at once). */
  Wait = 3,
  /** Starts at service s (from its list, at once on arrival, or at time 0 by the initial state). */
  Start = 4,
  /** Leaves treatment at service s, freeing the bed or slot (arg: Outcome). */
  Discharge = 5,
  /** Finished the last inpatient stay at s and keeps the bed waiting for aftercare (delayed discharge). */
  DelayedDischarge = 6,
  /** Finished outpatient treatment at s (slot freed) and waits outside for an aftercare place. */
  AftercareWaitOutside = 7,
  /** An outside wait for aftercare ends (arg: Outcome, with or without aftercare). */
  AftercareWaitEnd = 8,
  /** An aftercare place is taken by the patient (held until the time the recorder keeps). */
  AftercareStart = 9,
  /** An aftercare place falls free (no patient: a place is held for its duration whatever happens). */
  AftercareEnd = 10,
  /** After discharge: the patient will relapse and be re-referred (ReReferral follows later). */
  Relapse = 11,
  /** Leaves the system for good (arg: LeaveReason). */
  Leave = 12,
}

/** Number of trace kinds (for per-kind counters). */
export const TRACE_KINDS = 13;

/** How a patient left treatment (arg of Discharge and AftercareWaitEnd); as the model's Outcome. */
export const enum TraceOutcome {
  WithAftercare = 0,
  WithoutAftercare = 1,
  DroppedOut = 2,
}

/** Why a patient left for good (arg of Leave). */
export const enum LeaveReason {
  /** Discharged and will not come back within the horizon. */
  Discharged = 0,
  /** Reneged on a waiting list. */
  Reneged = 1,
}

/**
 * The event scheduler: a 4-ary min-heap ordered by (time, insertion number). The insertion
 * number breaks ties first-in first-out, so events at the same time run in the order they were
 * scheduled and a seeded run is reproducible to the bit. Because that order is total, any
 * correct priority queue pops the same sequence; the choices below are for speed only.
 *
 * An event is a kind (small integer) and two integer payloads (a, b), e.g. a patient index and
 * a token. After `pop()` the event's fields are on `now`, `kind`, `a` and `b`; no object is
 * allocated per event.
 *
 * Layout, for speed: the heap holds only each event's time and a slot number; the slot holds
 * its insertion number, kind and payloads. A sift then moves two numbers per level instead of
 * five, and the insertion number is read only when two times are equal. 4-ary: a pop sifts
 * through half the levels of a binary heap.
 *
 * Far events wait outside the heap, in day buckets (a calendar queue in front of the heap): the
 * heap holds only the events before `nextDay`, a whole number of days; a later event goes
 * into the linked list of its day, and a day's list moves into the heap when the heap runs
 * empty. A national run keeps ~20,000 events pending (stays, reneges, relapses, months
 * ahead), and a heap of them all costs seven levels of cache misses per pop; the heap of one
 * day holds a few hundred. Every heap event is earlier than every bucketed one, so the pop
 * order is the same as with one heap.
 *
 * An event can be cancelled by the slot that `schedule` returned (see cancel): it is marked,
 * and dropped unseen when its day moves into the heap or when it reaches the root. A national
 * run cancels ~250,000 renege events a replication this way, most of them while still in their
 * day bucket, where they cost no sift at all.
 */
interface HeapArrays {
  times: Float64Array;
  slots: Int32Array;
  seqs: Float64Array;
  kinds: Int32Array;
  as: Int32Array;
  bs: Int32Array;
  freeSlots: Int32Array;
  farTimes: Float64Array;
  links: Int32Array;
}

/** Pending events in the heap above which far ones move out into day buckets. */
const BUCKETS_FROM = 1024;
/** Day buckets in the ring (a power of two); events further ahead wait in one overflow list. */
const BUCKETS = 1024;
const MASK = BUCKETS - 1;
const NONE = -1;
/** Pending events at most: slot + 1 < 2^29, so (slot + 1) × 4 stays a positive int32 (see grow). */
const MAX_SLOTS = 2 ** 29 - 1;
/** The kind of a cancelled event's slot (kinds are ≥ 0). */
const CANCELLED = -1;

/** The arrays of a finished Scheduler in this thread (see recycle). */
let spare: HeapArrays | null = null;

export class Scheduler {
  /** Simulated time of the event last popped (days). */
  now = 0;
  /** Kind of the event last popped. */
  kind = 0;
  /** First payload of the event last popped. */
  a = 0;
  /** Second payload of the event last popped. */
  b = 0;
  /** Number of events popped so far. */
  processed = 0;

  /** The heap: times[i] and slots[i] for i < count. */
  private times: Float64Array;
  private slots: Int32Array;
  private count = 0;
  /** Per slot: insertion number, kind and payloads. */
  private seqs: Float64Array;
  private kinds: Int32Array;
  private as: Int32Array;
  private bs: Int32Array;
  /** Slots not in use: freeSlots[0 … freeCount). */
  private freeSlots: Int32Array;
  private freeCount = 0;
  /** Per slot, for a bucketed event: its time, and the next slot in its bucket's list. */
  private farTimes: Float64Array;
  private links: Int32Array;
  /** Head slot of each day bucket's list (day k in bucket k & MASK), or NONE. */
  private readonly heads = new Int32Array(BUCKETS).fill(NONE);
  /** Events at or past the ring's last day, in one list, sorted into the ring as it turns. */
  private overflow = NONE;
  /** Events in buckets and overflow. */
  private farCount = 0;
  /** Of those, events in the overflow list. */
  private overflowCount = 0;
  /**
   * The first day not in the heap: heap events are before it, bucketed ones at or after it.
   * Infinity (no buckets) until the heap first holds more than BUCKETS_FROM events: a small
   * model (an M/M/c queue keeps ~20 pending) is quicker with the heap alone.
   */
  private nextDay = Infinity;
  private nextSeq = 0;
  /** Cancelled events not yet dropped (still in the heap, a bucket or the overflow). */
  private cancelled = 0;
  /** Whether the root's event has been popped but not yet removed (see pop). */
  private rootTaken = false;
  /** The pending event of scheduleArrival, beside the heap; arrivalTime is Infinity when none. */
  private arrivalTime = Infinity;
  private arrivalSeq = 0;
  private arrivalKind = 0;
  private arrivalA = 0;
  private arrivalB = 0;

  constructor(initialCapacity = 1024) {
    let n = Math.max(16, initialCapacity);
    const reused = spare !== null && spare.times.length >= n ? spare : null;
    if (reused !== null) {
      // Every slot is free again and its fields are written before they are read, so the
      // arrays need no clearing; which slot an event gets never changes the order (seqs do).
      spare = null;
      n = reused.times.length;
      ({ times: this.times, slots: this.slots, seqs: this.seqs, kinds: this.kinds, as: this.as, bs: this.bs, freeSlots: this.freeSlots } = reused);
      ({ farTimes: this.farTimes, links: this.links } = reused);
    } else {
      this.times = new Float64Array(n);
      this.slots = new Int32Array(n);
      this.seqs = new Float64Array(n);
      this.kinds = new Int32Array(n);
      this.as = new Int32Array(n);
      this.bs = new Int32Array(n);
      this.freeSlots = new Int32Array(n);
      this.farTimes = new Float64Array(n);
      this.links = new Int32Array(n);
    }
    for (let k = 0; k < n; k++) this.freeSlots[k] = n - 1 - k;
    this.freeCount = n;
  }

  /**
   * Hands the (grown) arrays on to the next Scheduler in this thread; call when done with this
   * one. Bulk runs then grow the heap once per thread, not once per replication, and resident
   * memory stays flat in the number of replications.
   */
  recycle(): void {
    if (spare === null || spare.times.length < this.times.length) {
      spare = {
        times: this.times,
        slots: this.slots,
        seqs: this.seqs,
        kinds: this.kinds,
        as: this.as,
        bs: this.bs,
        freeSlots: this.freeSlots,
        farTimes: this.farTimes,
        links: this.links,
      };
    }
    this.times = new Float64Array(0);
    this.slots = new Int32Array(0);
    this.seqs = new Float64Array(0);
    this.kinds = new Int32Array(0);
    this.as = new Int32Array(0);
    this.bs = new Int32Array(0);
    this.freeSlots = new Int32Array(0);
    this.farTimes = new Float64Array(0);
    this.links = new Int32Array(0);
    this.count = 0;
    this.freeCount = 0;
    this.heads.fill(NONE);
    this.overflow = NONE;
    this.farCount = 0;
    this.overflowCount = 0;
    this.cancelled = 0;
  }

  /** Number of events waiting (cancelled ones not counted). */
  get size(): number {
    return (this.rootTaken ? this.count - 1 : this.count) + this.farCount - this.cancelled + (this.arrivalTime !== Infinity ? 1 : 0);
  }

  /**
   * Schedules an event of `kind` (≥ 0) at absolute `time`, and returns its slot, which
   * `cancel` takes while the event is pending. Throws on a time in the past or not finite.
   */
  schedule(time: number, kind: number, a = 0, b = 0): number {
    if (!(time >= this.now) || time === Infinity) this.refuse(time);
    if (this.rootTaken) {
      // The root's event was handed out by pop(): the new one takes its slot, and its place in
      // the heap if it is near; if far, the heap's last entry takes the root.
      this.rootTaken = false;
      const slot = this.slots[0];
      this.fill(slot, kind, a, b);
      if (time < this.nextDay) this.siftDown(time, slot);
      else {
        const last = --this.count;
        if (last > 0) this.siftDown(this.times[last], this.slots[last]);
        this.toBucket(time, slot);
      }
      return slot;
    }
    if (this.freeCount === 0) this.grow();
    const slot = this.freeSlots[--this.freeCount];
    this.fill(slot, kind, a, b);
    if (time >= this.nextDay) this.toBucket(time, slot);
    else this.heapPush(time, slot);
    return slot;
  }

  /**
   * Cancels a pending event by the slot `schedule` returned for it. The caller must know the
   * event is still pending (not yet popped): a slot is reused once its event is gone. It is
   * only marked here; pop never hands it out.
   */
  cancel(slot: number): void {
    // Cheap guards against the misuses that would corrupt the count or cancel the wrong event.
    // The throw is in a method of its own: written here, with its message, it made a national
    // run ~10 % slower and its peak memory 46 MB larger (it changed how V8 compiled the caller).
    if (this.kinds[slot] === CANCELLED || (this.rootTaken && this.slots[0] === slot)) this.refuseCancel(slot);
    this.kinds[slot] = CANCELLED;
    this.cancelled++;
  }

  /** Adds a newly scheduled near event to the heap: it sifts up from the end. */
  private heapPush(time: number, slot: number): void {
    // Sift the new entry up from the end, moving parents down into the hole. Its insertion
    // number is the largest yet, so a parent at the same time comes first: `<=` is the tie rule.
    const times = this.times;
    const slots = this.slots;
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      if (times[p] <= time) break;
      times[i] = times[p];
      slots[i] = slots[p];
      i = p;
    }
    times[i] = time;
    slots[i] = slot;
  }

  /**
   * Adds a bucketed event to the heap. A day's list comes in no particular order, so unlike in
   * heapPush a parent at the same time may have the larger insertion number: compare them.
   */
  private heapPushOlder(time: number, slot: number): void {
    const times = this.times;
    const slots = this.slots;
    const seqs = this.seqs;
    const s = seqs[slot];
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const pt = times[p];
      if (pt < time || (pt === time && seqs[slots[p]] < s)) break;
      times[i] = pt;
      slots[i] = slots[p];
      i = p;
    }
    times[i] = time;
    slots[i] = slot;
  }

  /**
   * Schedules the event of a source that never has more than one pending, such as an arrival
   * process (throws if it has one). It waits beside the heap and costs no sift; events pop in
   * the same (time, insertion number) order as if it were in the heap.
   */
  scheduleArrival(time: number, kind: number, a = 0, b = 0): void {
    if (!(time >= this.now) || time === Infinity) this.refuse(time);
    if (this.arrivalTime !== Infinity) throw new Error('an arrival is already pending');
    this.arrivalTime = time;
    this.arrivalSeq = this.nextSeq++;
    this.arrivalKind = kind;
    this.arrivalA = a;
    this.arrivalB = b;
  }

  /** Time of the next event, or Infinity when none is waiting. */
  peekTime(): number {
    if (this.rootTaken) this.removeRoot();
    if (this.count === 0 && this.farCount > 0) this.nextDayToHeap();
    if (this.count > 0 && this.kinds[this.slots[0]] === CANCELLED) this.dropCancelledRoots();
    const heapTime = this.count > 0 ? this.times[0] : Infinity;
    return this.arrivalTime < heapTime ? this.arrivalTime : heapTime;
  }

  /**
   * Removes the earliest event and exposes it on `now`, `kind`, `a`, `b`.
   * Returns false when no event is waiting.
   *
   * Speed: the event stays in the heap's root, marked taken, until the next call. Most events
   * schedule another, and schedule() then puts it straight into the root and sifts it down: one
   * sift instead of two (moving the last entry to the root, then sifting the new one up).
   */
  pop(): boolean {
    if (this.rootTaken) this.removeRoot();
    if (this.count > BUCKETS_FROM && this.nextDay === Infinity) this.startBuckets();
    if (this.count === 0 && this.farCount > 0) this.nextDayToHeap();
    if (this.count > 0 && this.kinds[this.slots[0]] === CANCELLED) this.dropCancelledRoots();
    const at = this.arrivalTime;
    if (at !== Infinity) {
      const rt = this.count > 0 ? this.times[0] : Infinity;
      if (at < rt || (at === rt && this.arrivalSeq < this.seqs[this.slots[0]])) {
        this.now = at;
        this.kind = this.arrivalKind;
        this.a = this.arrivalA;
        this.b = this.arrivalB;
        this.processed++;
        this.arrivalTime = Infinity;
        return true;
      }
    }
    if (this.count === 0) return false;
    const slot = this.slots[0];
    this.now = this.times[0];
    this.kind = this.kinds[slot];
    this.a = this.as[slot];
    this.b = this.bs[slot];
    this.processed++;
    this.rootTaken = true;
    return true;
  }

  /** Removes cancelled events from the root until it holds a live one or nothing is left. */
  private dropCancelledRoots(): void {
    while (this.count > 0 && this.kinds[this.slots[0]] === CANCELLED) {
      this.cancelled--;
      this.removeRoot();
      if (this.count === 0 && this.farCount > 0) this.nextDayToHeap();
    }
  }

  private refuseCancel(slot: number): never {
    throw new Error(this.kinds[slot] === CANCELLED ? `event slot ${slot} is already cancelled` : `event slot ${slot} has just been popped`);
  }

  private refuse(time: number): never {
    throw new Error(`cannot schedule an event at ${time} (now ${this.now})`);
  }

  /** Switches the buckets on: events from tomorrow on leave the heap for their day's bucket. */
  private startBuckets(): void {
    this.nextDay = Math.floor(this.now) + 1;
    const times = this.times;
    const slots = this.slots;
    const n = this.count;
    let kept = 0;
    for (let i = 0; i < n; i++) {
      if (times[i] >= this.nextDay) this.toBucket(times[i], slots[i]);
      else {
        times[kept] = times[i];
        slots[kept] = slots[i];
        kept++;
      }
    }
    // Rebuild the heap from the events kept (moved to the front above).
    this.count = 0;
    for (let i = 0; i < kept; i++) this.heapPushOlder(times[i], slots[i]);
  }

  /** Puts a far event (time ≥ nextDay) into its day's bucket, or the overflow beyond the ring. */
  private toBucket(time: number, slot: number): void {
    this.farTimes[slot] = time;
    this.farCount++;
    const day = Math.floor(time);
    if (day - this.nextDay < BUCKETS) {
      const b = day & MASK;
      this.links[slot] = this.heads[b];
      this.heads[b] = slot;
    } else {
      this.links[slot] = this.overflow;
      this.overflow = slot;
      this.overflowCount++;
    }
  }

  /**
   * The heap has run empty: moves the next non-empty day's events into it. Each time the ring
   * comes round to bucket 0, overflow events that now fall inside the ring move into it first
   * (none can be due earlier: each was at least a whole ring ahead when it was put there).
   */
  private nextDayToHeap(): void {
    const heads = this.heads;
    const links = this.links;
    const farTimes = this.farTimes;
    const kinds = this.kinds;
    while (this.count === 0 && this.farCount > 0) {
      // Only overflow events left: go straight to the earliest one's day rather than through
      // every empty day on the way (an event years ahead would cost a step per day).
      if (this.farCount === this.overflowCount) this.jumpToOverflow();
      else if ((this.nextDay & MASK) === 0 && this.overflow !== NONE) this.sortOverflow();
      const b = this.nextDay & MASK;
      let slot = heads[b];
      heads[b] = NONE;
      this.nextDay++;
      while (slot !== NONE) {
        const next = links[slot];
        if (kinds[slot] === CANCELLED) {
          this.freeSlots[this.freeCount++] = slot;
          this.cancelled--;
        } else this.heapPushOlder(farTimes[slot], slot);
        this.farCount--;
        slot = next;
      }
    }
  }

  /** Moves overflow events whose day now lies inside the ring into their buckets. */
  private sortOverflow(): void {
    let slot = this.overflow;
    this.overflow = NONE;
    this.overflowCount = 0;
    while (slot !== NONE) {
      const next = this.links[slot];
      this.farCount--; // toBucket counts it again
      this.toBucket(this.farTimes[slot], slot);
      slot = next;
    }
  }

  /**
   * The ring is empty: moves nextDay on to the earliest overflow event's day and sorts the
   * overflow into the ring from there. Every event left in the overflow is then a whole ring
   * ahead again, so the turns of the ring still reach each before its day.
   */
  private jumpToOverflow(): void {
    let earliest = Infinity;
    for (let slot = this.overflow; slot !== NONE; slot = this.links[slot]) {
      if (this.farTimes[slot] < earliest) earliest = this.farTimes[slot];
    }
    this.nextDay = Math.floor(earliest);
    this.sortOverflow();
  }

  /** Gives a slot the next insertion number and the event's kind and payloads. */
  private fill(slot: number, kind: number, a: number, b: number): void {
    this.seqs[slot] = this.nextSeq++;
    this.kinds[slot] = kind;
    this.as[slot] = a;
    this.bs[slot] = b;
  }

  /** Removes the root (taken or cancelled): its slot is freed, and the last entry moves to the root and sifts down. */
  private removeRoot(): void {
    this.rootTaken = false;
    this.freeSlots[this.freeCount++] = this.slots[0];
    const last = --this.count;
    if (last > 0) this.siftDown(this.times[last], this.slots[last]);
  }

  /**
   * Puts an entry into the root (whose event is gone) and sifts it down: at each level, the
   * earliest of up to four children moves up while it comes before the entry.
   */
  private siftDown(t: number, slot: number): void {
    const times = this.times;
    const slots = this.slots;
    const seqs = this.seqs;
    const n = this.count;
    const s = seqs[slot];
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= n) break;
      let c = first;
      let ct = times[c];
      const end = first + 4 < n ? first + 4 : n;
      for (let j = first + 1; j < end; j++) {
        const jt = times[j];
        if (jt < ct || (jt === ct && seqs[slots[j]] < seqs[slots[c]])) {
          c = j;
          ct = jt;
        }
      }
      if (t < ct || (t === ct && s < seqs[slots[c]])) break;
      times[i] = ct;
      slots[i] = slots[c];
      i = c;
    }
    times[i] = t;
    slots[i] = slot;
  }

  /** Doubles the heap and the slots; the new slots are free. */
  private grow(): void {
    const old = this.times.length;
    const n = old * 2;
    // The model keeps (slot + 1) × 4 in a patient's flags, an int32 (see P.Flags); a run this large
    // (~20 GB of pending events) is refused by the run-size estimate long before.
    if (n > MAX_SLOTS) throw new Error(`more than ${MAX_SLOTS} events pending at once`);
    const grow64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.times = grow64(this.times);
    this.slots = grow32(this.slots);
    this.seqs = grow64(this.seqs);
    this.kinds = grow32(this.kinds);
    this.as = grow32(this.as);
    this.bs = grow32(this.bs);
    this.farTimes = grow64(this.farTimes);
    this.links = grow32(this.links);
    this.freeSlots = new Int32Array(n);
    // Only called with no free slot: slots old … n − 1 are the free ones.
    for (let k = 0; k < n - old; k++) this.freeSlots[k] = n - 1 - k;
    this.freeCount = n - old;
  }
}

/** A patient's history entries (sim/trace/history.ts) put in the planner's language. */
import { LeaveReason, TraceKind, TraceOutcome, type HistoryEntry } from '../../sim';
import type { Text } from '../results/text';

export function historyLine(e: HistoryEntry, serviceName: (s: number) => string, { t, fmt }: Text): string {
  const service = e.service >= 0 ? serviceName(e.service) : '';
  const days = fmt.number(e.days ?? 0, 1);
  const day = (x: number | null) => fmt.number(Math.floor(x ?? 0), 0);
  switch (e.kind) {
    case TraceKind.Initial:
      return t('player.h.initial');
    case TraceKind.Referral:
      return t('player.h.referral');
    case TraceKind.ReReferral:
      return t('player.h.reReferral');
    case TraceKind.Wait:
      return e.fromService >= 0 ? t('player.h.waitFrom', { from: serviceName(e.fromService), service }) : t('player.h.wait', { service });
    case TraceKind.Start:
      if (e.fromService >= 0) return t('player.h.startFrom', { from: serviceName(e.fromService), service });
      return (e.days ?? 0) > 0 ? t('player.h.startWaited', { service, days }) : t('player.h.startAtOnce', { service });
    case TraceKind.Discharge:
      if (e.outcome === TraceOutcome.DroppedOut) return t('player.h.dischargeDropout', { service, days });
      return t(e.outcome === TraceOutcome.WithAftercare ? 'player.h.dischargeWith' : 'player.h.dischargeWithout', { service, days });
    case TraceKind.DelayedDischarge:
      return t('player.h.delayed', { service, days });
    case TraceKind.AftercareWaitOutside:
      return t('player.h.waitOutside', { service, days });
    case TraceKind.AftercareWaitEnd:
      return t(e.outcome === TraceOutcome.WithAftercare ? 'player.h.waitEndWith' : 'player.h.waitEndWithout');
    case TraceKind.AftercareStart:
      return t('player.h.aftercare', { until: day(e.until) });
    case TraceKind.AftercareEnd:
      return '';
    case TraceKind.Relapse:
      return t('player.h.relapse', { until: day(e.until) });
    case TraceKind.Leave:
      return e.reason === LeaveReason.Reneged ? t('player.h.renege', { days }) : t('player.h.leave');
  }
}

/**
 * The history as lines, in order, with their entries. A Discharge that ends a delayed
 * discharge reads differently ("left the bed after N days waiting").
 */
export function historyLines(entries: readonly HistoryEntry[], serviceName: (s: number) => string, text: Text): { entry: HistoryEntry; line: string }[] {
  const out: { entry: HistoryEntry; line: string }[] = [];
  let inBed = false;
  for (const e of entries) {
    let line = historyLine(e, serviceName, text);
    if (e.kind === TraceKind.DelayedDischarge) inBed = true;
    else if (e.kind === TraceKind.Discharge && inBed) {
      inBed = false;
      line = text.t(e.outcome === TraceOutcome.WithAftercare ? 'player.h.dischargeDelayedWith' : 'player.h.dischargeDelayedWithout', {
        service: serviceName(e.service),
        days: text.fmt.number(e.days ?? 0, 1),
      });
    }
    if (line) out.push({ entry: e, line });
  }
  return out;
}

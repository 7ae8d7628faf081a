import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { seriesFromTrace, type RunResult, type Trace } from '../../sim';
import { useAppStore } from '../app/AppStore';
import { useI18n } from '../i18n/I18nProvider';
import type { TracedReplication } from '../run/trace-run';
import { bucketMaxima, networkCounts, totals } from './counts';
import { dateOfDay, defaultStartDate, formatDate, formatMonth, isIsoDate } from './dates';
import { PatientPanel } from './PatientPanel';
import { playerLayout } from './player-layout';
import { PlayerNetwork } from './PlayerNetwork';
import { Sparkline } from './Sparkline';
import { daysPerSecond, NORMAL_SPEED, SPEEDS, type SpeedId } from './speeds';
import { sameSelection, type PlayerSelection } from './selection';
import { usePlayback } from './usePlayback';
import { useTrace } from './useTrace';
import './player.css';

const START_KEY = 'kapasim.player.startDate';

/** The Timeline tab: one replication of the shown result, in motion. */
export function PlayerView() {
  const { t } = useI18n();
  const { state } = useAppStore();
  const result = state.lastResult;
  if (!result) {
    return (
      <section className="results-empty" aria-labelledby="player-empty-title">
        <h2 id="player-empty-title">{t('nav.player')}</h2>
        <p>{t('player.empty')}</p>
      </section>
    );
  }
  return <Player result={result} />;
}

function Player({ result }: { result: RunResult }) {
  const { t, fmt } = useI18n();
  const { state, dispatch } = useAppStore();
  const reps = result.replications;
  const replication = Math.min(reps - 1, Math.max(0, state.player.replication));
  const traced = useTrace(result, replication);
  const [startDate, setStartDate] = useState(() => {
    const saved = globalThis.localStorage?.getItem(START_KEY) ?? '';
    return isIsoDate(saved) ? saved : defaultStartDate();
  });
  const changeStart = (v: string) => {
    if (!isIsoDate(v)) return;
    setStartDate(v);
    globalThis.localStorage?.setItem(START_KEY, v);
  };
  const size = traced.status === 'ready' ? traced.traced.trace.bytes : 0;
  return (
    <div className="player">
      <header className="player-header">
        <h2>{t('player.heading', { name: result.scenario.name })}</h2>
        <p className="muted small">{t('player.intro')}</p>
        <div className="player-settings">
          <span className="player-replication">
            <label>
              <span>{t('player.replication')}</span>
              <input
                type="number"
                min={1}
                max={reps}
                step={1}
                value={replication + 1}
                data-testid="player-replication"
                onChange={(e) => {
                  const v = Math.round(Number(e.target.value));
                  // The time stays where the player is (the Stage keeps it, or saves it while the new trace records).
                  if (Number.isFinite(v) && v >= 1 && v <= reps) dispatch({ type: 'playerReplication', replication: v - 1 });
                }}
              />
            </label>
            <span className="muted">{t('player.replicationOf', { total: fmt.number(reps, 0) })}</span>
          </span>
          <label>
            <span>{t('player.startDate')}</span>
            <input type="date" value={startDate} onChange={(e) => changeStart(e.target.value)} />
          </label>
          {traced.status === 'ready' && (
            <span className="muted small" data-testid="trace-info">
              {t('player.traceInfo', {
                events: fmt.number(traced.traced.trace.events, 0),
                patients: fmt.number(traced.traced.trace.patients, 0),
                size: `${fmt.number(size / (1024 * 1024), 1)} MB`,
              })}
            </span>
          )}
        </div>
      </header>
      {traced.status === 'recording' && (
        <p role="status" className="player-status">{t('player.recording', { n: replication + 1 })}</p>
      )}
      {traced.status === 'error' && <p role="alert" className="error-text">{t('player.failed', { message: traced.message })}</p>}
      {traced.status === 'tooLarge' && (
        <p role="alert" className="error-text">
          {t('player.failed', {
            message:
              traced.reason === 'memory'
                ? t('run.tooLargeMemory', { value: fmt.number(traced.value / 2 ** 30, 1), limit: fmt.number(traced.limit / 2 ** 30, 1) })
                : t('run.tooLargeEvents', { value: fmt.number(traced.value, 0), limit: fmt.number(traced.limit, 0) }),
          })}
        </p>
      )}
      {traced.status === 'ready' && <Stage key={result.digest} result={result} traced={traced.traced} startDate={startDate} />}
    </div>
  );
}

function Stage({ result, traced, startDate }: { result: RunResult; traced: TracedReplication; startDate: string }) {
  const i18n = useI18n();
  const { t, fmt, lang } = i18n;
  const { state, dispatch } = useAppStore();
  const { scenario } = result;
  const horizon = scenario.horizonDays;
  const trace: Trace = traced.trace;
  const [speed, setSpeed] = useState<SpeedId>(NORMAL_SPEED);
  const pb = usePlayback(horizon, daysPerSecond(speed), state.player.time);
  const { time, playing, play, pause, setTime } = pb;

  // A click on a results chart (a new request) moves the player there.
  const request = state.player.request;
  const seen = useRef(request);
  useEffect(() => {
    if (seen.current === request) return;
    seen.current = request;
    pause();
    setTime(state.player.time);
  }, [request, state.player.time, pause, setTime]);

  // Where the player is, remembered when the tab is left.
  const timeRef = useRef(time);
  timeRef.current = time;
  useEffect(() => () => dispatch({ type: 'playerAt', time: timeRef.current }), [dispatch]);

  // The state the diagram shows, moved forward frame by frame (a new trace starts afresh).
  const cursor = useMemo(() => trace.newState(), [trace]);
  const counts = networkCounts(trace, trace.seek(cursor, time));
  const sums = totals(counts);
  const layout = useMemo(() => playerLayout(scenario), [scenario]);
  const maxWaiting = useMemo(() => {
    const m = bucketMaxima(trace);
    let best = 0;
    for (let s = 0; s < trace.b.nServices; s++) best = Math.max(best, m[trace.b.waiting(s)]!);
    return best;
  }, [trace]);
  const waitingSeries = useMemo(() => seriesFromTrace(trace, scenario).values.waitingList!, [trace, scenario]);
  const aftercarePlaces = scenario.aftercare.places;

  const [selected, setSelected] = useState<PlayerSelection | null>(null);
  const select = useCallback(
    (sel: PlayerSelection) => {
      pause();
      setSelected((old) => (sameSelection(old, sel) ? old : sel));
    },
    [pause],
  );
  // The patient list follows the time only while paused (a list redrawn every frame helps no one).
  const listTime = useRef(time);
  if (!playing) listTime.current = time;

  const day = Math.floor(time);
  const seek = useCallback(
    (d: number) => {
      pause();
      setTime(d);
    },
    [pause, setTime],
  );
  const years = Math.floor(horizon / 365);
  const ticks = Array.from({ length: years + 1 }, (_, k) => 365 * k).filter((d) => d <= horizon);

  return (
    <div className="player-stage" data-testid="player-stage">
      <div className="player-controls" role="group" aria-label={t('player.scrub')}>
        <button type="button" className="primary player-play" onClick={playing ? pause : play} data-testid="player-play">
          {playing ? t('player.pause') : t('player.play')}
        </button>
        <label>
          <span>{t('player.speed')}</span>
          <select value={speed} onChange={(e) => setSpeed(e.target.value as SpeedId)} data-testid="player-speed">
            {SPEEDS.map((s) => (
              <option key={s.id} value={s.id}>{t(s.label)}</option>
            ))}
          </select>
        </label>
        <output className="player-now" data-testid="player-now" aria-live="off">
          <strong>{t('player.now', { day: fmt.number(day, 0) })}</strong> · {formatDate(startDate, time, lang)}
          {time < scenario.warmupDays && <span className="muted"> ({t('player.warmup')})</span>}
        </output>
      </div>
      <div className="player-scrub">
        <input
          type="range"
          min={0}
          max={horizon}
          step={1}
          value={Math.min(horizon, day)}
          aria-label={t('player.scrub')}
          aria-valuetext={t('player.scrubValue', { day: fmt.number(day, 0), date: formatDate(startDate, time, lang) })}
          onChange={(e) => seek(Number(e.target.value))}
          data-testid="player-scrub"
        />
        <div className="player-ticks" aria-hidden="true">
          <span className="player-warmup" style={{ width: `${(100 * scenario.warmupDays) / horizon}%` }} />
          {ticks.map((d, k) => (
            <span key={d} className={`player-tick${k === 0 ? ' first' : ''}`} style={{ left: `${(100 * d) / horizon}%` }}>
              {k === 0 ? formatMonth(startDate, d, lang) : `${t('player.yearN', { n: k })} · ${dateOfDay(startDate, d).getUTCFullYear()}`}
            </span>
          ))}
        </div>
      </div>
      <div className="player-network-box">
        <PlayerNetwork layout={layout} counts={counts} maxWaiting={maxWaiting} aftercarePlaces={aftercarePlaces} selected={selected} onSelect={select} />
      </div>
      <dl className="player-totals" aria-label={t('player.totals')}>
        <div><dt>{t('player.totalWaiting')}</dt><dd>{fmt.number(sums.waiting, 0)}</dd></div>
        <div><dt>{t('player.totalInTreatment')}</dt><dd>{fmt.number(sums.inService, 0)}</dd></div>
        <div><dt>{t('player.totalDelayed')}</dt><dd>{fmt.number(sums.delayed, 0)}</dd></div>
        <div><dt>{t('player.totalAftercare')}</dt><dd>{fmt.number(counts.aftercare, 0)} / {fmt.number(aftercarePlaces, 0)}</dd></div>
        <div><dt>{t('player.totalReturning')}</dt><dd>{fmt.number(counts.returning30, 0)}</dd></div>
      </dl>
      <Sparkline values={waitingSeries} horizonDays={horizon} warmupDays={scenario.warmupDays} time={time} label={t('player.sparkline')} onSeek={seek} />
      <PatientPanel trace={trace} scenario={scenario} selection={selected} time={listTime.current} playing={playing} startDate={startDate} />
    </div>
  );
}

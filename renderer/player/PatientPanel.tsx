import { memo, useEffect, useMemo, useState } from 'react';
import { patientHistory, type Scenario, type Trace } from '../../sim';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from './dates';
import { historyLines } from './history-text';
import { selectionBuckets, type PlayerSelection } from './selection';

const PAGE = 50;

interface Props {
  trace: Trace;
  scenario: Pick<Scenario, 'services' | 'groups'>;
  selection: PlayerSelection | null;
  /** The time the list is for (the playback time when paused). */
  time: number;
  playing: boolean;
  startDate: string;
}

/**
 * The patients at the selected place at a time (longest there first), and the history of the
 * one picked: referral, waits, starts, stays, dropout, delayed discharge, aftercare, relapses
 * and re-referrals, episode by episode; what lies after the time is greyed.
 */
export const PatientPanel = memo(function PatientPanel({ trace, scenario, selection, time, playing, startDate }: Props) {
  const i18n = useI18n();
  const { t, fmt, lang } = i18n;
  const [shown, setShown] = useState(PAGE);
  const [patient, setPatient] = useState<number | null>(null);
  const b = trace.b;
  useEffect(() => setShown(PAGE), [selection]);
  const serviceName = (s: number) => scenario.services[s]?.label ?? scenario.services[s]?.id ?? String(s);
  const groupName = (g: number) => scenario.groups[g]?.label ?? scenario.groups[g]?.id ?? String(g);
  // In the order of the pathway (waiting, in treatment, in bed waiting for aftercare …), longest there first.
  const list = useMemo(() => {
    if (!selection) return [];
    const wanted = selectionBuckets(selection, b);
    return trace.patientsAt(time, wanted).sort((x, y) => wanted.indexOf(x.bucket) - wanted.indexOf(y.bucket) || x.since - y.since || x.patient - y.patient);
  }, [trace, selection, time, b]);
  const place =
    selection === null ? '' : selection.kind === 'service' ? serviceName(selection.service) : selection.kind === 'assessment' ? t('player.referrals') : selection.kind === 'aftercare' ? t('player.aftercare') : t('player.toReturn');
  const stateText = (bucket: number) => {
    if (bucket === b.aftercare) return t('player.stateAftercare');
    if (bucket === b.waitOutside) return t('player.stateWaitOutside');
    if (bucket === b.assessment) return t('player.stateAssessment');
    if (bucket === b.returning) return t('player.stateReturning');
    const k = Math.floor((bucket - 1) / b.nServices);
    return k === 0 ? t('player.stateWaiting') : k === 1 ? t('player.stateInService') : t('player.stateDelayed');
  };
  const history = useMemo(
    () => (patient === null ? null : historyLines(patientHistory(trace, patient), (s) => scenario.services[s]?.label ?? scenario.services[s]?.id ?? String(s), i18n)),
    [patient, trace, scenario, i18n],
  );
  const day = Math.floor(time);
  const group = patient === null ? '' : groupName(trace.data.group[patient] ?? 0);
  return (
    <div className="player-panels">
      <section className="player-list" aria-labelledby="player-list-title" data-testid="player-patients">
        {selection === null ? (
          <p className="muted" id="player-list-title">{t('player.selectHint')}</p>
        ) : (
          <>
            <h3 id="player-list-title">{t('player.patientsAt', { name: place, day: fmt.number(day, 0) })}</h3>
            <p className="muted small">
              {t('player.patientsCount', { n: fmt.number(list.length, 0) })}
              {playing ? ` · ${t('player.pausedNote', { day: fmt.number(day, 0) })}` : ''}
            </p>
            <div className="table-scroll">
              <table className="results-table player-table">
                <thead>
                  <tr>
                    <th scope="col">{t('player.colPatient')}</th>
                    <th scope="col">{t('player.colGroup')}</th>
                    <th scope="col">{t('player.colState')}</th>
                    <th scope="col" className="num">{t('player.colSince')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.slice(0, shown).map((p) => (
                    <tr key={`${p.patient}:${p.bucket}`} className={p.patient === patient ? 'selected' : undefined}>
                      <td>
                        <button type="button" className="link-button" aria-pressed={p.patient === patient} onClick={() => setPatient(p.patient)}>
                          {t('player.patientLabel', { id: p.patient + 1 })}
                        </button>
                      </td>
                      <td>{groupName(p.group)}</td>
                      <td>{stateText(p.bucket)}</td>
                      <td className="num">{fmt.number(Math.floor(p.since), 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.length > shown && (
              <button type="button" onClick={() => setShown((n) => n + 4 * PAGE)}>{t('player.showMore', { n: fmt.number(Math.min(4 * PAGE, list.length - shown), 0) })}</button>
            )}
          </>
        )}
      </section>
      {patient !== null && history && (
        <section className="player-history" aria-labelledby="player-history-title" data-testid="player-history">
          <div className="section-head">
            <h3 id="player-history-title">{t('player.history', { id: patient + 1, group })}</h3>
            <button type="button" onClick={() => setPatient(null)}>{t('player.closeHistory')}</button>
          </div>
          <ol className="history">
            {history.map(({ entry, line }, i) => {
              const newEpisode = i === 0 || history[i - 1]!.entry.episode !== entry.episode;
              return (
                <li key={entry.event} className={`${entry.time > time ? 'future' : ''}${newEpisode ? ' episode-start' : ''}`}>
                  {newEpisode && <span className="episode">{t('player.episode', { n: entry.episode })}</span>}
                  <span className="when">
                    {t('player.dayShort', { day: fmt.number(Math.floor(entry.time), 0) })} · {formatDate(startDate, entry.time, lang)}
                  </span>
                  <span className="what">{line}</span>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
});

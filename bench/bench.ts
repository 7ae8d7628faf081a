/**
 * `npm run bench`: speed figures, printed as a table. No assertions; speed targets live here,
 * never in timed unit tests.
 *
 * 1. M/M/c (c = 20, λ = 18/day, mean stay 1 day, 200,000 expected customers): Kapasim's full
 *    model against a hand-written typed-array loop on the same random streams (same sample
 *    path, same mean wait), and against SimPy on the same queue.
 * 2. The shipped default scenario with 30 replications: in process on one thread, and on the
 *    CLI's worker pool with one and with two workers.
 * 3. The national scenario (scenarios/norway.kapasim.json), 10 years × 100 replications on one
 *    and two workers: wall time, patients/s, events/s, the parallel speed-up and peak memory,
 *    and peak memory against fewer replications and a shorter horizon (memory stays flat).
 *    The same national run in the app (Chromium, its Web Worker pool) with 2 and 1 workers.
 * 4. The results dashboard in Chromium: a 10-year, 100-replication run's weekly series with CI
 *    bands, from results delivered to charts painted (needs the built renderer).
 * 5. The timeline player: the size of one 7-year replication's trace of the default, and the
 *    player's frame times in Chromium at normal speed (needs the built renderer, dist/renderer).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchDefault, DEFAULT_REPLICATIONS, DEFAULT_RUNS } from './default-run';
import { benchMmc, MMC, TIMED_RUNS } from './mmc-engine';
import { benchNational, formatNational } from './national';
import { benchAppNational, formatAppNational } from './app-national';
import { benchDashboardRender, formatDashboardRender } from './dashboard-render';
import { benchPlayerFrames, builtRenderer, formatFrameStats } from './player-frames';
import { benchSimpy, SIMPY_RUNS } from './simpy';
import { benchTrace } from './trace';

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const ms = (x: number) => x.toFixed(1);
const pad = (s: string, n: number) => s.padStart(n);
const padEnd = (s: string, n: number) => s.padEnd(n);

function row(label: string, cells: string[]): string {
  return '  ' + padEnd(label, 34) + cells.map((c, i) => pad(c, [11, 14, 14, 18][i])).join('');
}

async function main(): Promise<void> {
  const cores = availableParallelism();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Kapasim bench — Node ${process.version}, ${cores} cores (os.availableParallelism()), ${cpu}, ${process.platform}/${process.arch}`);
  console.log('');

  const mmc = benchMmc();
  const days = mmc.horizonDays;
  console.log(
    `M/M/c: c = ${MMC.servers}, λ = ${MMC.arrivalsPerDay}/day, mean stay ${MMC.meanStayDays} day, horizon ${int(days)} days (${int(MMC.customers)} expected customers)`,
  );
  console.log(`  Node figures: median of ${TIMED_RUNS} timed runs after a JIT warm-up; SimPy: median of ${SIMPY_RUNS} runs`);
  console.log(row('', ['time (ms)', 'customers/s', 'events/s', 'mean wait (days)']));
  const ref = mmc.reference;
  const refK = mmc.referenceOnEngineStreams;
  const eng = mmc.engine;
  console.log(row('reference typed-array loop', [ms(ref.ms), int(ref.customers / (ref.ms / 1000)), int(ref.events / (ref.ms / 1000)), ref.meanWaitDays.toFixed(5)]));
  console.log(row('  the same on Kapasim\'s streams', [ms(refK.ms), int(refK.customers / (refK.ms / 1000)), int(refK.events / (refK.ms / 1000)), refK.meanWaitDays.toFixed(5)]));
  console.log(row('Kapasim engine (full model)', [ms(eng.ms), int(eng.customers / (eng.ms / 1000)), int(eng.events / (eng.ms / 1000)), eng.meanWaitDays.toFixed(5)]));

  const simpy = benchSimpy(MMC.servers, MMC.arrivalsPerDay, MMC.meanStayDays, days, (line) => console.log('  ' + line));
  if (simpy.ok) {
    console.log(row(`SimPy ${simpy.simpyVersion} (Python ${simpy.python})`, [ms(simpy.seconds * 1000), int(simpy.customers / simpy.seconds), '—', simpy.meanWaitDays.toFixed(5)]));
  }
  console.log(row('Erlang C (exact)', ['', '', '', mmc.erlangCWaitDays.toFixed(5)]));
  console.log('');
  const engineRate = eng.customers / (eng.ms / 1000);
  const refRate = ref.customers / (ref.ms / 1000);
  const refKRate = refK.customers / (refK.ms / 1000);
  console.log(
    `  engine customers/s ÷ reference customers/s = ${(engineRate / refRate).toFixed(2)} (target ≥ 0.8; medians of ${TIMED_RUNS} runs); ` +
      `median of the ${TIMED_RUNS} back-to-back pairs ${mmc.pairedRatio.toFixed(2)}; the engine takes ${(eng.ms / ref.ms).toFixed(2)}× the reference's time`,
  );
  console.log(
    `  against the reference on Kapasim's streams (the engine's faster generator, same numbers): engine customers/s ÷ its customers/s = ${(engineRate / refKRate).toFixed(2)}`,
  );
  console.log(
    `  same sample path: ${eng.customers === ref.customers ? 'same' : 'different'} customers (${int(eng.customers)} / ${int(ref.customers)}), |mean wait engine − reference| = ${Math.abs(eng.meanWaitDays - ref.meanWaitDays).toExponential(1)} days`,
  );
  console.log(`  events: engine ${int(eng.events)} (arrivals, ends, weekly series ticks), reference ${int(ref.events)} (arrivals, departures)`);
  console.log(`  all timed runs (ms): engine ${eng.allMs.map(ms).join(', ')}; reference ${ref.allMs.map(ms).join(', ')}; on Kapasim's streams ${refK.allMs.map(ms).join(', ')}`);
  if (simpy.ok) {
    console.log(`  Kapasim / SimPy: ${(engineRate / (simpy.customers / simpy.seconds)).toFixed(1)}× the customers per second (same run); SimPy runs (s): ${simpy.allSeconds.map((s) => s.toFixed(2)).join(', ')}`);
  } else console.log(`  SimPy skipped: ${simpy.reason}`);
  console.log('');

  console.log(`Default scenario (scenarios/default.kapasim.json), ${DEFAULT_REPLICATIONS} replications; median of ${DEFAULT_RUNS} runs each`);
  const def = await benchDefault();
  if (!def.ok) console.log(`  skipped: ${def.reason}`);
  else {
    console.log(`  "${def.name}", horizon ${int(def.horizonDays)} days; ${int(def.patients)} patients, ${int(def.events)} events in all`);
    console.log(row('', ['wall (ms)', 'repl./s', 'events/s', 'mean wait (days)']));
    for (const t of def.timings) {
      console.log(row(t.label, [ms(t.ms), (DEFAULT_REPLICATIONS / (t.ms / 1000)).toFixed(2), int(def.events / (t.ms / 1000)), t.meanWait.toFixed(3)]));
    }
    console.log(`  all runs (ms): ${def.timings.map((t) => `${t.label} ${t.allMs.map(ms).join(', ')}`).join('; ')}`);
    const [one, two] = def.timings.slice(1);
    if (one && two) console.log(`  pool speed-up, 2 workers over 1: ${(one.ms / two.ms).toFixed(2)}× (${cores} cores, shared)`);
    const [one100, two100] = def.pool100;
    if (one100 && two100) {
      console.log(
        `  ${one100.label}: ${ms(one100.ms)} ms; ${two100.label}: ${ms(two100.ms)} ms; 2 workers ÷ 1 = ${(two100.ms / one100.ms).toFixed(2)} ` +
          `(runs: ${one100.allMs.map(ms).join(', ')} / ${two100.allMs.map(ms).join(', ')})`,
      );
    }
  }
  console.log('');

  console.log('National scenario (scenarios/norway.kapasim.json): 10 years × 100 replications, each run in a process of its own (peak memory = its max RSS, all threads)');
  const national = await benchNational((run) =>
    console.log(`  … ${run.replications} replications × ${run.horizonDays / 365} years on ${run.workers} worker(s): ${(run.wallMs / 1000).toFixed(1)} s`),
  );
  if (!national.ok) console.log(`  skipped: ${national.reason}`);
  else for (const line of formatNational(national.runs, cores)) console.log(line);
  console.log('');

  const norway = fileURLToPath(new URL('../../scenarios/norway.kapasim.json', import.meta.url));
  console.log('National scenario in the app: Chromium (headless) on the built renderer, run with Ctrl+Enter on its pool of Web Workers');
  const cliDigest = national.ok ? (national.runs.find((r) => r.workers === 2 && r.replications === 100 && r.horizonDays === 3650)?.digest ?? null) : null;
  for (const line of formatAppNational(await benchAppNational(norway, builtRenderer()), cliDigest)) console.log(line);
  console.log('');

  const scenarioPath = fileURLToPath(new URL('../../scenarios/default.kapasim.json', import.meta.url));
  console.log('Results dashboard in Chromium (headless): a 10-year run with 100 replications, 522 weekly points per series with 95 % bands');
  for (const line of formatDashboardRender(await benchDashboardRender(scenarioPath, builtRenderer()))) console.log(line);
  console.log('');

  const scenario = JSON.parse(readFileSync(scenarioPath, 'utf8'));
  const tr = benchTrace(scenario, 0);
  const mb = (b: number) => `${(b / (1024 * 1024)).toFixed(2)} MB`;
  console.log(`Timeline player: the trace of one replication of the default (replication 1, ${int(tr.horizonDays)} days = ${(tr.horizonDays / 365).toFixed(0)} years)`);
  console.log(`  ${int(tr.events)} trace events (${int(tr.modelEvents)} model events), ${int(tr.patients)} patients`);
  console.log(
    `  trace size: ${int(tr.recordedBytes)} bytes recorded (${mb(tr.recordedBytes)}, ${(tr.recordedBytes / tr.events).toFixed(1)} bytes/event); ` +
      `${int(tr.preparedBytes)} bytes prepared for the player with checkpoints and patient index (${mb(tr.preparedBytes)})`,
  );
  console.log(
    `  replication ${ms(tr.plainMs)} ms without the recorder, ${ms(tr.tracedMs)} ms with it (+${ms(tr.tracedMs - tr.plainMs)} ms); preparing the trace ${ms(tr.prepareMs)} ms (medians)`,
  );
  const player = await benchPlayerFrames(scenarioPath, builtRenderer());
  if (!player.ok) console.log(`  player frames skipped: ${player.reason}`);
  else {
    console.log(`  player in Chromium (headless), ${player.traceInfo}; requestAnimationFrame deltas over 5 s of playback:`);
    const busy = (x: number | null) => (x === null ? '' : `; main thread busy ${x.toFixed(2)} ms per frame`);
    console.log(`    normal speed (1 month/s, ${player.normalDays} days played): ${formatFrameStats(player.normal)}${busy(player.normalBusyMs)}`);
    console.log(`    fastest (1 year/s, ${player.fastestDays} days played): ${formatFrameStats(player.fastest)}${busy(player.fastestBusyMs)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

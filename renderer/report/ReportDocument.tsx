import type { ReactNode } from 'react';
import { AppStoreProvider } from '../app/AppStore';
import { PathwayDiagram } from '../editor/pathway/PathwayDiagram';
import { I18nProvider } from '../i18n/I18nProvider';
import { warmupMessage } from '../study/advice/advice-text';
import { RunCharts, StudyCharts, WelchFigure } from './ReportCharts';
import type { ReportModel } from './report-model';
import { ReportTableView } from './ReportTableView';

/** The sections of a report in order, by id; a study adds the comparison. */
export function reportSections(m: ReportModel): string[] {
  return ['purpose', 'pathway', 'experiment', 'results', ...(m.study ? ['comparison'] : []), 'charts', 'advice', 'parameters', 'stress-des', 'versions', 'appendix'];
}

function Section({ id, n, title, children, pageBreak = false }: { id: string; n: number; title: string; children: ReactNode; pageBreak?: boolean }) {
  return (
    <section id={id} className={pageBreak ? 'page-break' : undefined} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {n}. {title}
      </h2>
      {children}
    </section>
  );
}

/** The body of the report: every section, its tables and inline SVG charts. */
export function ReportDocument({ m }: { m: ReportModel }) {
  const { text, run, study, tables } = m;
  const { t, fmt } = text;
  const ids = reportSections(m);
  const n = (id: string) => ids.indexOf(id) + 1;
  const title = (id: string) => t(`report.section.${id.replace('-', '') as 'purpose'}`);
  const warm = warmupMessage(m.advice.warmup, text);
  return (
    <article className="report">
      <header className="report-head">
        <h1>{m.title}</h1>
        <p className="meta">
          {t('report.meta', { date: fmt.date(m.options.date), version: m.options.version, scenario: run.scenario.name })}
        </p>
        <nav aria-label={t('report.contents')}>
          <ol>
            {ids.map((id) => (
              <li key={id}>{title(id)}</li>
            ))}
          </ol>
        </nav>
      </header>
      <Section id="purpose" n={n('purpose')} title={title('purpose')}>
        {(m.options.purpose.trim() || t('report.purposeMissing')).split(/\n{2,}/).map((p, i) => (
          <p key={i} className="purpose">{p}</p>
        ))}
        {study?.description && <p>{study.description}</p>}
        {run.scenario.description && <p className="muted">{t('report.scenarioDescription', { description: run.scenario.description })}</p>}
      </Section>
      <Section id="pathway" n={n('pathway')} title={title('pathway')}>
        <p>{t('report.pathwayIntro')}</p>
        <figure className="chart pathway">
          <I18nProvider lang={m.options.lang}>
            <AppStoreProvider initial={run.scenario as unknown as Record<string, unknown>}>
              <PathwayDiagram />
            </AppStoreProvider>
          </I18nProvider>
        </figure>
      </Section>
      <Section id="experiment" n={n('experiment')} title={title('experiment')} pageBreak>
        <ReportTableView table={tables.settings} text={text} />
      </Section>
      <Section id="results" n={n('results')} title={title('results')}>
        <ReportTableView table={tables.kpis} text={text} />
      </Section>
      {study && (
        <Section id="comparison" n={n('comparison')} title={title('comparison')} pageBreak>
          <p>{t('report.comparisonIntro', { replications: fmt.number(study.replications, 0), seed: String(study.seed) })}</p>
          {tables.variants && <ReportTableView table={tables.variants} text={text} />}
          {tables.comparison && <ReportTableView table={tables.comparison} text={text} />}
          {tables.sweeps.map((s) => (
            <ReportTableView key={s.id} table={s} text={text} />
          ))}
          {tables.tornado && <ReportTableView table={tables.tornado} text={text} />}
        </Section>
      )}
      <Section id="charts" n={n('charts')} title={title('charts')} pageBreak>
        {study ? <StudyCharts study={study} kpi={m.options.kpi} text={text} /> : <RunCharts run={run} text={text} />}
      </Section>
      <Section id="advice" n={n('advice')} title={title('advice')} pageBreak>
        <ReportTableView table={tables.advice} text={text} />
        <p className={`warmup-${warm.tone}`}>{warm.text}</p>
        {m.advice.warmup && <WelchFigure run={run} advice={m.advice.warmup} text={text} />}
        <p className="note">{t('advice.welch.note')}</p>
      </Section>
      <Section id="parameters" n={n('parameters')} title={title('parameters')} pageBreak>
        <p>{t('report.parametersIntro')}</p>
        <ReportTableView table={tables.parameters} text={text} />
      </Section>
      <Section id="stress-des" n={n('stress-des')} title={title('stress-des')} pageBreak>
        <p>{t('report.stress.intro')}</p>
        <ReportTableView table={tables.stress} text={text} />
      </Section>
      <Section id="versions" n={n('versions')} title={title('versions')}>
        <dl className="versions">
          <dt>{t('results.info.app')}</dt>
          <dd>Kapasim {m.options.version}</dd>
          <dt>{t('results.info.engine')}</dt>
          <dd>{run.engineVersion}</dd>
          <dt>{t('report.generated')}</dt>
          <dd>{fmt.date(m.options.date)}</dd>
          {m.options.scenarioDigest && (
            <>
              <dt>{t('report.scenarioDigest')}</dt>
              <dd><code>{m.options.scenarioDigest}</code></dd>
            </>
          )}
          <dt>{t(study ? 'report.baselineDigest' : 'results.info.digest')}</dt>
          <dd><code>{run.digest}</code></dd>
        </dl>
        <p className="note">{t('report.digestNote')}</p>
        {tables.digests && <ReportTableView table={tables.digests} text={text} />}
      </Section>
      <Section id="appendix" n={n('appendix')} title={title('appendix')} pageBreak>
        {tables.cases && <ReportTableView table={tables.cases} text={text} />}
        <ReportTableView table={tables.allMetrics} text={text} />
      </Section>
    </article>
  );
}

import { useId, useMemo } from 'react';
import { useDraftStore } from '../../app/AppStore';
import { useI18n } from '../../i18n/I18nProvider';
import { pathwayInput } from '../model/pathway-input';
import { layoutPathway } from '../model/pathway-layout';
import { PathwayDefs } from './PathwayDefs';
import { PathwayEdge, PathwayEdgeLabel } from './PathwayEdge';
import { PathwayLegend } from './PathwayLegend';
import { PathwayNode } from './PathwayNode';

/**
 * The patient pathway as a diagram: d3 lays it out (model/pathway-layout), React draws it.
 * Styles are inline attributes so the SVG can be serialised and exported on its own.
 */
export function PathwayDiagram() {
  const { t } = useI18n();
  const { draft } = useDraftStore();
  const input = useMemo(() => pathwayInput(draft), [draft]);
  const layout = useMemo(() => layoutPathway(input), [input]);
  const idPrefix = `pw${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const legendY = layout.height;
  const height = layout.height + 70;
  const titleId = `${idPrefix}-title`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="pathway"
      viewBox={`0 0 ${layout.width} ${height}`}
      width={layout.width}
      height={height}
      role="img"
      aria-labelledby={titleId}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
      fontSize={12}
      data-testid="pathway-diagram"
    >
      <title id={titleId}>{t('editor.pathway.title')}</title>
      <rect width={layout.width} height={height} fill="#ffffff" />
      <PathwayDefs idPrefix={idPrefix} />
      {layout.edges.map((e) => (
        <PathwayEdge key={`${e.from}>${e.to}`} edge={e} idPrefix={idPrefix} />
      ))}
      {layout.nodes.map((n) => (
        <PathwayNode key={n.key} node={n} idPrefix={idPrefix} perYear={input.perYear} />
      ))}
      {layout.edges.map((e) => (
        <PathwayEdgeLabel key={`${e.from}>${e.to}`} edge={e} />
      ))}
      <PathwayLegend idPrefix={idPrefix} y={legendY} />
    </svg>
  );
}

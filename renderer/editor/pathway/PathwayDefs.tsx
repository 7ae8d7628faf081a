/** Arrowhead and the hatch that marks inpatient units (so kind reads in grey-scale, not only by colour). */
export function PathwayDefs({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <marker id={`${idPrefix}-arrow`} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={9} markerHeight={9} markerUnits="userSpaceOnUse" orient="auto">
        <path d="M0,0L10,5L0,10z" fill="#3d4650" />
      </marker>
      <pattern id={`${idPrefix}-hatch`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={6} height={6} fill="#dbe6f2" />
        <line x1={0} y1={0} x2={0} y2={6} stroke="#43607f" strokeWidth={2} />
      </pattern>
    </defs>
  );
}

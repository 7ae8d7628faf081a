/** A value and, on its own line in muted type, its 95 % CI. */
export function ValueLines({ value, ci }: { value: string; ci: string | null }) {
  return (
    <>
      <span className="cell-value">{value}</span>
      {ci && <span className="cell-ci">{ci}</span>}
    </>
  );
}

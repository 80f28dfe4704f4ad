/** A placeholder of the final size of what is loading, so nothing moves when it arrives. */
export function Skeleton({ width = '100%', height }: { width?: string; height: string }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}

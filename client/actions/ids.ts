/** A short random id for new records, readable in files (`s-k3x9q2`). */
export function newId(prefix: string): string {
  const a = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}-${a[0].toString(36)}${a[1].toString(36).slice(0, 3)}`;
}

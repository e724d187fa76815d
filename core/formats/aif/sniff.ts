/** True when JSON text has AIF's shape (a `nodes` list, or OVA's `AIF` object) rather than a Warrant map's. */
export function looksLikeAif(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    return o.schema !== 'warrant-map' && (Array.isArray(o.nodes) || (typeof o.AIF === 'object' && o.AIF !== null));
  } catch {
    return false;
  }
}

/** Deterministic GUIDs (FNV-1a based) for parts that need one, so builds are reproducible. */

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `{XXXXXXXX-XXXX-4XXX-8XXX-XXXXXXXXXXXX}` derived from `name`; same name, same GUID. */
export function stableGuid(name: string): string {
  const hex = [0x811c9dc5, 0x01234567, 0x89abcdef, 0x13572468]
    .map((seed) => fnv1a(name, seed).toString(16).padStart(8, '0'))
    .join('')
    .toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}}`;
}

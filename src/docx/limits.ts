/** Resource limits for reading untrusted .docx packages. Every hostile input must stop within these. */
export interface DocxLimits {
  /** Size of the .docx file itself. */
  maxInputBytes: number;
  /** Inflated size of any single zip entry. */
  maxEntryBytes: number;
  /** Inflated size of all entries together (declared, and actually inflated while reading). */
  maxTotalBytes: number;
  /** XML element nesting depth. */
  maxDepth: number;
  /** Number of entries in the zip. */
  maxEntries: number;
}

export type DocxLimitOptions = Partial<DocxLimits>;

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<DocxLimits> = {
  maxInputBytes: 25 * MB,
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 200 * MB,
  maxDepth: 256,
  maxEntries: 10_000,
};

/**
 * A deflated entry inflating more than this many times its compressed size is not a document:
 * ordinary XML compresses 5–30x, very repetitive XML a few hundred times, images barely; deflate's
 * ceiling is about 1032x (runs of one byte). Only checked for entries above `RATIO_MIN_BYTES`.
 */
export const MAX_COMPRESSION_RATIO = 500;
export const RATIO_MIN_BYTES = 2 * MB;

export function resolveLimits(options: DocxLimitOptions = {}): DocxLimits {
  const out: DocxLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(out) as (keyof DocxLimits)[]) {
    const value = options[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) out[key] = value;
  }
  return out;
}

/** Megabytes with one decimal, for messages. */
export function toMb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

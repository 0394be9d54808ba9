/**
 * Caps on what one XML part may hold, counted while it is parsed (src/docx/xml.ts). In the spirit of Apache POI's
 * ZipSecureFile, and of its users' complaints about false positives: each is far above anything Word writes for a
 * real document (a 500-page thesis has some 50,000 runs and 2,000,000 characters; Word declares about 40
 * namespaces on the root and puts at most a few dozen attributes on an element; a report is sent a few times), so
 * only a crafted file reaches one, and reaching one costs at most the cap's worth of time and memory.
 */
export interface XmlCaps {
  /** XML element nesting depth. */
  maxDepth: number;
  /** Attributes on one element (namespace declarations included). */
  maxAttributes: number;
  /** Namespace declarations in one part. */
  maxNamespaces: number;
  /** Elements in one part. */
  maxElements: number;
  /** Runs of text (w:r) in one part. */
  maxRuns: number;
  /** Send records (bctt:send) in the report part. */
  maxSendRecords: number;
  /** Characters of text in one part. */
  maxTextChars: number;
}

export const DEFAULT_XML_CAPS: Readonly<XmlCaps> = {
  maxDepth: 256,
  maxAttributes: 1_000,
  maxNamespaces: 1_000,
  maxElements: 500_000,
  maxRuns: 100_000,
  maxSendRecords: 10_000,
  maxTextChars: 10_000_000,
};

/** Resource limits for reading untrusted .docx packages. Every hostile input must stop within these. */
export interface DocxLimits extends XmlCaps {
  /** Size of the .docx file itself. */
  maxInputBytes: number;
  /** Inflated size of any single zip entry. */
  maxEntryBytes: number;
  /** Inflated size of all entries together (declared, and actually inflated while reading). */
  maxTotalBytes: number;
  /** Number of entries in the zip. */
  maxEntries: number;
}

export type DocxLimitOptions = Partial<DocxLimits>;

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<DocxLimits> = {
  ...DEFAULT_XML_CAPS,
  maxInputBytes: 25 * MB,
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 200 * MB,
  maxEntries: 10_000,
};

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

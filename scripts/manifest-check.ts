/**
 * Offline checks of an add-in only XML manifest (Microsoft's validator is an online service and ships no XSD).
 *
 * Checks: well-formed XML, a GUID <Id>, https for every URL, every `resid` resolves to a resource of the right
 * kind (bt:Image / bt:Url / ShortStrings / LongStrings), resource ids unique and <= 32 characters, icon files
 * exist locally at their declared pixel sizes (PNG IHDR), string length limits from the manifest reference
 * (DisplayName/ShortStrings <= 125, Description/LongStrings <= 250), the Word host is declared and the
 * requirement sets are consistent (WordApi MinVersion present and >= 1.3, Sets DefaultMinVersion sane).
 *
 * Pure Node (fs + @xmldom/xmldom): used by `npm run validate`, the webpack build and test/manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

export type ManifestCheckId =
  | 'xml.wellFormed'
  | 'id.guid'
  | 'version.format'
  | 'host.word'
  | 'url.https'
  | 'resid.resolves'
  | 'resid.unique'
  | 'resid.length'
  | 'icon.file'
  | 'icon.size'
  | 'string.length'
  | 'requirements.wordApi'
  | 'requirements.defaultMinVersion';

export interface ManifestIssue {
  check: ManifestCheckId;
  severity: 'error' | 'warning';
  message: string;
}

export interface ManifestCheckOptions {
  /** Folder that the base URL maps to (icons are looked up there). Default: the manifest's folder, or cwd. */
  rootDir?: string;
  /** URL prefix served from rootDir. Default: https://localhost:3000/ */
  baseUrl?: string;
  /** Lowest acceptable WordApi MinVersion. Default 1.3 (createDocument, insertTable). */
  minWordApi?: string;
}

/** Limits from the add-in only manifest reference. */
export const LIMITS = {
  displayName: 125,
  description: 250,
  shortString: 125,
  longString: 250,
  url: 2048,
  resid: 32,
} as const;

export const DEFAULT_BASE_URL = 'https://localhost:3000/';

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d+(\.\d+){0,3}$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Kind of resource that an element's `resid` must point to, by element local name. */
const RESID_KIND: Record<string, ResourceKind | undefined> = {
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
  Image: 'Images',
  FunctionFile: 'Urls',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  Url: 'Urls',
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or undefined if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') {
    return undefined;
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Compares dotted versions numerically: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function allElements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('*')) as Element[];
}

function childElements(el: Element, localName?: string): Element[] {
  return (Array.from(el.childNodes) as Node[]).filter(
    (n): n is Element => n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName),
  );
}

function path(el: Element): string {
  const parts: string[] = [];
  for (let n: Node | null = el; n && n.nodeType === 1; n = n.parentNode) {
    const e = n as Element;
    const id = e.getAttribute('id');
    parts.unshift(id ? `${e.localName}[${id}]` : (e.localName ?? '?'));
  }
  return parts.join('/');
}

/** ExecuteFunction names declared by the manifest (each must be registered with Office.actions.associate). */
export function listFunctionNames(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  return allElements(doc)
    .filter((e) => e.localName === 'FunctionName')
    .map((e) => (e.textContent ?? '').trim());
}

/** Runs every offline check on manifest XML text. An empty array means the manifest passed. */
export function checkManifest(xml: string, options: ManifestCheckOptions = {}): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const error = (check: ManifestCheckId, message: string) => issues.push({ check, severity: 'error', message });
  const warn = (check: ManifestCheckId, message: string) => issues.push({ check, severity: 'warning', message });

  // 1. Well-formed XML.
  const parseErrors: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') parseErrors.push(message);
      },
    }).parseFromString(xml, 'text/xml') as unknown as Document;
  } catch (e) {
    error('xml.wellFormed', `Malformed XML: ${(e as Error).message}`);
    return issues;
  }
  const root = doc.documentElement;
  if (parseErrors.length > 0 || !root || root.localName !== 'OfficeApp') {
    error(
      'xml.wellFormed',
      `Malformed XML or no <OfficeApp> root: ${parseErrors.join('; ') || 'root is ' + root?.localName}`,
    );
    return issues;
  }
  const elements = allElements(doc);
  const top = (name: string) => childElements(root, name)[0];

  // 2. Id, version, host.
  const id = (top('Id')?.textContent ?? '').trim();
  if (!GUID.test(id)) error('id.guid', `<Id> must be a GUID, found "${id}"`);
  const version = (top('Version')?.textContent ?? '').trim();
  if (!VERSION.test(version)) error('version.format', `<Version> must look like 1.0.0.0, found "${version}"`);
  const hosts = childElements(top('Hosts') ?? root, 'Host').map((h) => h.getAttribute('Name'));
  if (!hosts.includes('Document')) error('host.word', '<Hosts> must declare <Host Name="Document" /> (Word)');

  // 3. Every URL is https (namespace declarations excepted).
  for (const el of elements) {
    for (const attr of Array.from(el.attributes) as Attr[]) {
      if (attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) continue;
      if (URL_LIKE.test(attr.value) && !attr.value.toLowerCase().startsWith('https://')) {
        error('url.https', `${path(el)} @${attr.name}: URL must use https, found ${attr.value}`);
      }
      if (URL_LIKE.test(attr.value) && attr.value.length > LIMITS.url) {
        error('string.length', `${path(el)} @${attr.name}: URL longer than ${LIMITS.url} characters`);
      }
    }
    if (childElements(el).length === 0) {
      const text = (el.textContent ?? '').trim();
      if (URL_LIKE.test(text) && !text.toLowerCase().startsWith('https://')) {
        error('url.https', `${path(el)}: URL must use https, found ${text}`);
      }
    }
  }

  // 4. Resources: unique ids, id length, string limits.
  const resources = new Map<string, { kind: ResourceKind; value: string }>();
  const resourcesEl = elements.find((e) => e.localName === 'Resources');
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
    const group = resourcesEl ? childElements(resourcesEl, kind)[0] : undefined;
    for (const item of group ? childElements(group) : []) {
      const rid = item.getAttribute('id') ?? '';
      if (resources.has(rid)) error('resid.unique', `Resource id "${rid}" is declared more than once`);
      if (rid.length === 0 || rid.length > LIMITS.resid) {
        error('resid.length', `Resource id "${rid}" must have 1 to ${LIMITS.resid} characters`);
      }
      resources.set(rid, { kind, value: item.getAttribute('DefaultValue') ?? '' });
      if (kind === 'ShortStrings' || kind === 'LongStrings') {
        const limit = kind === 'ShortStrings' ? LIMITS.shortString : LIMITS.longString;
        const values = [
          ['DefaultValue', item.getAttribute('DefaultValue') ?? ''],
          ...childElements(item, 'Override').map((o) => [
            `Override ${o.getAttribute('Locale')}`,
            o.getAttribute('Value') ?? '',
          ]),
        ];
        for (const [where, value] of values) {
          if (value.length > limit) {
            error('string.length', `${kind} "${rid}" ${where} has ${value.length} characters (limit ${limit})`);
          }
        }
      }
    }
  }
  for (const [name, limit] of [
    ['DisplayName', LIMITS.displayName],
    ['Description', LIMITS.description],
  ] as const) {
    const el = top(name);
    if (!el) {
      error('string.length', `<${name}> is missing`);
      continue;
    }
    const values = [
      ['DefaultValue', el.getAttribute('DefaultValue') ?? ''],
      ...childElements(el, 'Override').map((o) => [
        `Override ${o.getAttribute('Locale')}`,
        o.getAttribute('Value') ?? '',
      ]),
    ];
    for (const [where, value] of values) {
      if (value.length === 0 || value.length > limit) {
        error('string.length', `<${name}> ${where} has ${value.length} characters (allowed 1 to ${limit})`);
      }
    }
  }

  // 5. Every resid resolves to a resource of the expected kind.
  const iconsToCheck: { url: string; size: number; where: string }[] = [];
  for (const el of elements) {
    const rid = el.getAttribute('resid');
    if (rid === null || el.parentNode === null) continue;
    const resource = resources.get(rid);
    const expected = RESID_KIND[el.localName ?? ''];
    if (!resource) {
      error('resid.resolves', `${path(el)}: resid "${rid}" does not match any resource`);
      continue;
    }
    if (expected && resource.kind !== expected) {
      error('resid.resolves', `${path(el)}: resid "${rid}" is in ${resource.kind}, expected ${expected}`);
      continue;
    }
    if (el.localName === 'Image') {
      const size = Number(el.getAttribute('size'));
      iconsToCheck.push({ url: resource.value, size, where: `${path(el)} (resid ${rid}, size ${size})` });
    }
  }
  const iconUrl = top('IconUrl')?.getAttribute('DefaultValue');
  if (iconUrl) iconsToCheck.push({ url: iconUrl, size: 32, where: '<IconUrl> (32x32)' });
  else error('icon.file', '<IconUrl> is missing');
  const highRes = top('HighResolutionIconUrl')?.getAttribute('DefaultValue');
  if (highRes) iconsToCheck.push({ url: highRes, size: 64, where: '<HighResolutionIconUrl> (64x64)' });

  // 6. Icons exist locally at their declared sizes.
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const rootDir = options.rootDir ?? process.cwd();
  const seen = new Set<string>();
  for (const icon of iconsToCheck) {
    // One report per file and size, however many controls reuse the image.
    const key = `${icon.url} ${icon.size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!icon.url.startsWith(baseUrl)) {
      warn('icon.file', `${icon.where}: ${icon.url} is not under ${baseUrl}; its size cannot be checked offline`);
      continue;
    }
    const file = join(rootDir, decodeURI(icon.url.slice(baseUrl.length).split(/[?#]/)[0]));
    if (!existsSync(file)) {
      error('icon.file', `${icon.where}: ${icon.url} -> ${file} does not exist`);
      continue;
    }
    const size = pngSize(readFileSync(file));
    if (!size) {
      error('icon.size', `${icon.where}: ${file} is not a PNG`);
    } else if (size.width !== icon.size || size.height !== icon.size) {
      error('icon.size', `${icon.where}: ${file} is ${size.width}x${size.height}, expected ${icon.size}x${icon.size}`);
    }
  }

  // 7. Requirement sets.
  const minWordApi = options.minWordApi ?? '1.3';
  const sets = top('Requirements') ? childElements(top('Requirements'), 'Sets')[0] : undefined;
  if (!sets) {
    error('requirements.wordApi', `<Requirements><Sets> is missing: WordApi ${minWordApi} must be required`);
  } else {
    const defaultMin = sets.getAttribute('DefaultMinVersion') ?? '1.1';
    const defaultSane = /^\d+\.\d+$/.test(defaultMin) && compareVersions(defaultMin, '1.1') >= 0;
    if (!defaultSane) {
      error('requirements.defaultMinVersion', `<Sets DefaultMinVersion="${defaultMin}"> must be a version >= 1.1`);
    }
    const wordApi = childElements(sets, 'Set').find((s) => s.getAttribute('Name') === 'WordApi');
    const min = wordApi ? (wordApi.getAttribute('MinVersion') ?? defaultMin) : undefined;
    if (min === undefined) {
      error('requirements.wordApi', `<Set Name="WordApi"> is missing (need MinVersion >= ${minWordApi})`);
    } else if (!/^\d+\.\d+$/.test(min) || compareVersions(min, minWordApi) < 0) {
      error('requirements.wordApi', `WordApi MinVersion is ${min}; the add-in needs >= ${minWordApi}`);
    } else if (defaultSane && compareVersions(defaultMin, min) > 0) {
      error('requirements.defaultMinVersion', `DefaultMinVersion ${defaultMin} is above WordApi MinVersion ${min}`);
    }
  }

  return issues;
}

/** Reads and checks a manifest file; icons are looked up relative to the manifest's folder by default. */
export function checkManifestFile(file: string, options: ManifestCheckOptions = {}): ManifestIssue[] {
  const full = resolve(file);
  return checkManifest(readFileSync(full, 'utf8'), { rootDir: dirname(full), ...options });
}

/** Human-readable report; returns true when there is no error (warnings allowed). */
export function printReport(file: string, issues: ManifestIssue[], log: (line: string) => void = console.log): boolean {
  const errors = issues.filter((i) => i.severity === 'error');
  for (const i of issues) log(`  ${i.severity === 'error' ? '✗' : '!'} [${i.check}] ${i.message}`);
  log(
    errors.length === 0
      ? `✓ ${file}: offline manifest checks passed${issues.length ? ` (${issues.length} warning(s))` : ''}`
      : `✗ ${file}: ${errors.length} offline manifest check(s) failed`,
  );
  return errors.length === 0;
}

if (require.main === module) {
  // Usage: tsx scripts/manifest-check.ts [--base-url https://host/path/] [manifest.xml ...]
  const args = process.argv.slice(2);
  const at = args.indexOf('--base-url');
  const baseUrl = at >= 0 ? args.splice(at, 2)[1] : undefined;
  let ok = true;
  for (const file of args.length ? args : ['manifest.xml']) {
    ok = printReport(file, checkManifestFile(file, baseUrl ? { baseUrl } : {})) && ok;
  }
  process.exit(ok ? 0 : 1);
}

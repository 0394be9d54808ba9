/**
 * The fuzzer's inputs (issue 14): mutated and crafted .docx files made from our templates and the real-file
 * fixtures, reproducibly from a seed. Each input says whether a correct reader must read it (`benign`: the mutation
 * keeps the file valid, e.g. stored instead of deflated, UTF-16, more runs or attributes under the caps) or may
 * refuse it (`hostile`: byte flips, truncations, lying sizes, damaged or huge XML). A benign input refused is a bug
 * ("wrongly refused"), as is any crash or hang.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { writeTemplateDocx } from '../../src/docx/write';
import { hostileDocx, whiteBmp } from '../../test/support/hostileInputs';
import { vietnameseProse } from '../../test/support/prose';
import { modelRows } from '../../test/cli/support/cli';

export interface FuzzInput {
  /** Index in the run (with the seed, enough to make it again). */
  index: number;
  seed: string;
  mutation: string;
  benign: boolean;
  bytes: Uint8Array;
}

/** Mulberry32: small, fast, good enough to pick mutations reproducibly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, items: readonly T[]): T => items[int(r, items.length)];

interface Seed {
  name: string;
  bytes: Uint8Array;
  parts: Map<string, Uint8Array>;
}

const ROOT = path.resolve(__dirname, '..', '..');

/** Our templates (empty and filled) and the readable real-file fixtures, unpacked once. */
export async function loadSeeds(): Promise<Seed[]> {
  const sources: Array<[string, Uint8Array]> = [
    ['template-individual', await writeTemplateDocx('individual')],
    ['template-collective', await writeTemplateDocx('collective')],
    [
      'filled-individual',
      await writeTemplateDocx('individual', {
        kind: 'individual',
        fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Hiệu trưởng Trường Tiểu học Lê Văn Tám, Quận 1' },
        summary: vietnameseProse(1100, 14),
        models: modelRows(1),
      }),
    ],
  ];
  for (const name of ['individual.docx', 'collective.docx']) sources.push([`assets-${name}`, new Uint8Array(readFileSync(path.join(ROOT, 'assets', 'templates', name)))]);
  const hostileDir = path.join(ROOT, 'test', 'fixtures', 'hostile');
  const expected = JSON.parse(readFileSync(path.join(hostileDir, 'expected.json'), 'utf8')) as Record<string, { snapshot?: unknown }>;
  for (const file of readdirSync(hostileDir)) {
    if (expected[file]?.snapshot) sources.push([`fixture-${file}`, new Uint8Array(readFileSync(path.join(hostileDir, file)))]);
  }
  const seeds: Seed[] = [];
  for (const [name, bytes] of sources) {
    const zip = await JSZip.loadAsync(bytes);
    const parts = new Map<string, Uint8Array>();
    for (const [entry, file] of Object.entries(zip.files)) if (!file.dir) parts.set(entry, await file.async('uint8array'));
    seeds.push({ name, bytes, parts });
  }
  return seeds;
}

async function pack(parts: Map<string, Uint8Array>, options: { store?: boolean; reverse?: boolean } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const entries = [...parts.entries()];
  if (options.reverse) entries.reverse();
  for (const [name, data] of entries) zip.file(name, data, { date: new Date('2026-01-01T00:00:00Z') });
  return zip.generateAsync({ type: 'uint8array', compression: options.store ? 'STORE' : 'DEFLATE' });
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const DOC = 'word/document.xml';

function withXml(seed: Seed, part: string, change: (xml: string) => string, raw?: (xml: string) => Uint8Array): Map<string, Uint8Array> {
  const parts = new Map(seed.parts);
  const xml = dec.decode(parts.get(part) ?? enc.encode(''));
  const next = change(xml);
  parts.set(part, raw ? raw(next) : enc.encode(next));
  return parts;
}

/** Inserts `text` after the name of the first start tag of `local` (e.g. "w:p") found at or after a random place. */
function intoTag(r: Rand, xml: string, tag: string, text: string): string {
  const positions: number[] = [];
  for (let i = xml.indexOf(`<${tag}`); i >= 0 && positions.length < 2000; i = xml.indexOf(`<${tag}`, i + 1)) {
    const after = xml[i + tag.length + 1];
    if (after === ' ' || after === '>' || after === '/') positions.push(i + tag.length + 1);
  }
  if (positions.length === 0) return xml;
  const at = pick(r, positions);
  return xml.slice(0, at) + text + xml.slice(at);
}

function utf16le(xml: string): Uint8Array {
  const body = xml.replace(/^<\?xml[^?]*\?>/, '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
  const out = new Uint8Array(2 + body.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}

function lieAboutSizes(zip: Uint8Array, r: Rand): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  const value = pick(r, [0, 1, 1000, 0x7fffffff, 0xffffffff]);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x04034b50 && r() < 0.5) dv.setUint32(i + 22, value, true);
    else if (sig === 0x02014b50 && r() < 0.5) dv.setUint32(i + 24, value, true);
  }
  return out;
}

const crafted = new Map<string, Promise<Uint8Array>>();
/** hostileDocx, made once per kind and size (the large ones take a moment to zip). */
function craftedDocx(kind: Parameters<typeof hostileDocx>[0], n: number): Promise<Uint8Array> {
  const key = `${kind}:${n}`;
  let made = crafted.get(key);
  if (!made) crafted.set(key, (made = hostileDocx(kind, n)));
  return made;
}

type Mutator = (r: Rand, seed: Seed) => Promise<{ bytes: Uint8Array; benign: boolean }>;

const BIDI = ['\u202e', '\u202b', '\u2067', '\u200f'];

/** Every mutation, by name. Sizes are drawn so that a few inputs reach the scale (100,000 attributes…). */
export const MUTATORS: Record<string, Mutator> = {
  // ---- bytes of the package
  byteFlips: async (r, s) => {
    const out = s.bytes.slice();
    for (let k = 1 + int(r, 16); k > 0; k--) out[int(r, out.length)] ^= 1 << int(r, 8);
    return { bytes: out, benign: false };
  },
  truncate: async (r, s) => ({ bytes: s.bytes.slice(0, int(r, s.bytes.length)), benign: false }),
  // ---- zip tricks
  stored: async (_r, s) => ({ bytes: await pack(s.parts, { store: true }), benign: true }),
  reordered: async (_r, s) => ({ bytes: await pack(s.parts, { reverse: true }), benign: true }),
  lyingSizes: async (r, s) => ({ bytes: lieAboutSizes(await pack(s.parts), r), benign: false }),
  manyEntries: async (r, s) => {
    const parts = new Map(s.parts);
    const n = pick(r, [100, 2000, 12_000]);
    for (let i = 0; i < n; i++) parts.set(`customXml/extra${i}.bin`, enc.encode('x'));
    return { bytes: await pack(parts, { store: true }), benign: n <= 2000 };
  },
  whiteBmp: async (_r, s) => {
    const parts = new Map(s.parts);
    parts.set('word/media/white.bmp', whiteBmp());
    return { bytes: await pack(parts), benign: true };
  },
  caseClash: async (_r, s) => {
    const parts = new Map(s.parts);
    const doc = parts.get(DOC);
    if (doc) parts.set('WORD/DOCUMENT.XML', doc);
    return { bytes: await pack(parts), benign: false };
  },
  // ---- XML: attributes, namespaces, nesting, runs, records, encodings
  someAttributes: async (r, s) => {
    const n = 1 + int(r, 200);
    const attrs = Array.from({ length: n }, (_, i) => ` w:fz${i}="${i}"`).join('');
    return { bytes: await pack(withXml(s, DOC, (xml) => intoTag(r, xml, 'w:p', attrs))), benign: true };
  },
  hugeAttributes: async (r) => ({ bytes: await craftedDocx('attributes', pick(r, [5_000, 20_000, 100_000])), benign: false }),
  duplicateAttribute: async (r, s) => ({ bytes: await pack(withXml(s, DOC, (xml) => intoTag(r, xml, 'w:p', ' w:rsidR="1" w:rsidR="2"'))), benign: false }),
  someNamespaces: async (r, s) => {
    const decls = Array.from({ length: 1 + int(r, 100) }, (_, i) => ` xmlns:fz${i}="urn:fuzz:${i}"`).join('');
    return { bytes: await pack(withXml(s, DOC, (xml) => intoTag(r, xml, 'w:document', decls))), benign: true };
  },
  hugeNamespaces: async (r) => ({ bytes: await craftedDocx('namespaces', pick(r, [5_000, 50_000])), benign: false }),
  rebindPrefix: async (r, s) => ({
    bytes: await pack(withXml(s, DOC, (xml) => intoTag(r, xml, 'w:p', ' xmlns:w="urn:not-word"'))),
    benign: false,
  }),
  deepNesting: async (r, s) => {
    const depth = pick(r, [50, 300, 5000]);
    const nest = '<w:customXml w:element="x">'.repeat(depth) + '</w:customXml>'.repeat(depth);
    return { bytes: await pack(withXml(s, DOC, (xml) => xml.replace('<w:body>', `<w:body>${nest}`))), benign: depth <= 200 };
  },
  splitRuns: async (r, s) => ({
    bytes: await pack(withXml(s, DOC, (xml) => xml.replace(/<w:t>([^<]{2,})<\/w:t>/g, (_m, t: string) => `<w:t>${t.slice(0, 1)}</w:t></w:r><w:r><w:t>${t.slice(1)}</w:t>`))),
    benign: true,
  }),
  hugeRuns: async (r) => ({ bytes: await craftedDocx('runs', pick(r, [20_000, 300_000])), benign: false }),
  someSendRecords: async (r, s) => {
    const item = [...s.parts.keys()].find((n) => /^customXml\/item\d+\.xml$/.test(n));
    if (!item) return { bytes: await pack(s.parts), benign: true };
    const send = '<bctt:send at="2026-11-25T02:00:00.000Z" path="relay" to="tquong.ql@tphcm.gov.vn"/>';
    return { bytes: await pack(withXml(s, item, (xml) => xml.replace('</bctt:report>', send.repeat(1 + int(r, 50)) + '</bctt:report>'))), benign: true };
  },
  hugeSendRecords: async (r) => ({ bytes: await craftedDocx('sends', pick(r, [20_000, 100_000])), benign: false }),
  utf16: async (_r, s) => ({ bytes: await pack(withXml(s, DOC, (x) => x, utf16le)), benign: true }),
  invalidUtf8: async (r, s) => ({
    bytes: await pack(withXml(s, DOC, (x) => x, (xml) => {
      const b = enc.encode(xml);
      b[int(r, b.length)] = 0xff;
      return b;
    })),
    benign: false,
  }),
  latin1Declared: async (_r, s) => ({
    bytes: await pack(withXml(s, DOC, (xml) => xml.replace(/encoding="UTF-8"/i, 'encoding="ISO-8859-1"'))),
    benign: false,
  }),
  xmlDamage: async (r, s) => ({
    bytes: await pack(withXml(s, DOC, (xml) => {
      let out = xml;
      for (let k = 1 + int(r, 4); k > 0; k--) {
        const at = int(r, out.length);
        out = out.slice(0, at) + pick(r, ['<', '>', '&', '"', "'", '</w:p>', '<w:p>', '&amp', ']]>', '<!--', '\u0000', '&#0;']) + out.slice(at);
      }
      return out;
    })),
    benign: false,
  }),
  entitiesAndComments: async (r, s) => ({
    bytes: await pack(withXml(s, DOC, (xml) => xml.replace(/<w:t>([^<]{3,})<\/w:t>/, (_m, t: string) => `<w:t>${t}&#x1EA1;&amp;<!-- ghi chú --><![CDATA[ <x> ]]></w:t>`))),
    benign: true,
  }),
  doctype: async (_r, s) => ({
    bytes: await pack(withXml(s, DOC, (xml) => xml.replace(/^(<\?xml[^?]*\?>)?/, '$1<!DOCTYPE w:document [<!ENTITY a "b">]>'))),
    benign: false,
  }),
  bidiInText: async (r, s) => ({
    bytes: await pack(withXml(s, DOC, (xml) => xml.replace(/<w:t>([^<]{3,})<\/w:t>/, (_m, t: string) => `<w:t>${pick(r, BIDI)}${t}</w:t>`))),
    benign: true,
  }),
  removedPart: async (r, s) => {
    const parts = new Map(s.parts);
    parts.delete(pick(r, [...parts.keys()]));
    return { bytes: await pack(parts), benign: false };
  },
};

export const MUTATION_NAMES = Object.keys(MUTATORS);

/** The `count` inputs of a run, made one at a time (a run of 10,000 never holds them all). */
export async function* generateInputs(seedValue: number, count: number, seeds: Seed[]): AsyncGenerator<FuzzInput> {
  const r = rng(seedValue);
  for (let index = 0; index < count; index++) {
    const seed = pick(r, seeds);
    const mutation = pick(r, MUTATION_NAMES);
    const local = rng(Math.floor(r() * 2 ** 32));
    const { bytes, benign } = await MUTATORS[mutation](local, seed);
    yield { index, seed: seed.name, mutation, benign, bytes };
  }
}

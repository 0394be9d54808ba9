/** Open Packaging Conventions: relationships and part names, as Word resolves them. */
import { AppError } from '../core/errors';
import { type PackageReader } from './zip';
import { transitionalRelType } from './strict';
import { NS, type XmlElement, attr, elements, isEl, isW, parseXml, wChild } from './xml';
import type { XmlCaps } from './limits';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  officeDocumentStrict: 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  customXml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  customXmlProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name (no leading slash), or the raw target for external relationships. */
  target: string;
  external: boolean;
}

/** The folder of a part name ("word/document.xml" -> "word/"). */
export function partDir(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

/** The relationships part of a part ("word/document.xml" -> "word/_rels/document.xml.rels"; "" -> "_rels/.rels"). */
export function relsPartOf(part: string): string {
  const dir = partDir(part);
  return dir + '_rels/' + part.slice(dir.length) + '.rels';
}

/** Resolves a relationship target against the source part's folder; "/x" is package-absolute. */
export function resolveTarget(sourceDir: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : sourceDir + target;
  const out: string[] = [];
  for (const seg of raw.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  let joined = out.join('/');
  try {
    joined = decodeURIComponent(joined);
  } catch {
    // keep as written
  }
  return joined;
}

/** Reads the relationships of `part` ('' for the package); [] when there are none. */
export async function readRelationships(pkg: PackageReader, part: string, maxDepth: number | Partial<XmlCaps>): Promise<Relationship[]> {
  const relsName = relsPartOf(part);
  const text = await pkg.readText(relsName);
  if (text === null) return [];
  const root = parseXml(text, relsName, maxDepth);
  const dir = partDir(part);
  const out: Relationship[] = [];
  for (const el of elements(root)) {
    if (!isEl(el, NS.rels, 'Relationship')) continue;
    const id = attr(el, '', 'Id');
    const rawType = attr(el, '', 'Type');
    const type = rawType ? transitionalRelType(rawType) : rawType;
    const target = attr(el, '', 'Target');
    if (!id || !type || target === undefined) continue;
    const external = attr(el, '', 'TargetMode') === 'External';
    out.push({ id, type, target: external ? target : resolveTarget(dir, target), external });
  }
  return out;
}

/** The main document part: the package's officeDocument relationship, else word/document.xml. */
export async function findMainPart(pkg: PackageReader, maxDepth: number): Promise<string> {
  return mainPartFrom(pkg, await readRelationships(pkg, '', maxDepth));
}

/** The main document part, parsed within the caps: its name, its text, its w:document root and its w:body. */
export async function readMainDocument(
  pkg: PackageReader,
  limits: XmlCaps,
  mainPart?: string,
): Promise<{ mainPart: string; text: string; root: XmlElement; body: XmlElement }> {
  const part = mainPart ?? (await findMainPart(pkg, limits.maxDepth));
  const text = await pkg.readText(part);
  if (text === null) throw new AppError('docx.noDocument');
  const root = parseXml(text, part, limits);
  const body = wChild(root, 'body');
  if (!isW(root, 'document') || !body) throw new AppError('docx.badXml', { part, detail: 'no w:document/w:body' });
  return { mainPart: part, text, root, body };
}

/** findMainPart with the package relationships already read (`rootRels`). */
export function mainPartFrom(pkg: PackageReader, rootRels: readonly Relationship[]): string {
  const rels = rootRels;
  for (const rel of rels) {
    if ((rel.type === REL.officeDocument || rel.type === REL.officeDocumentStrict) && !rel.external) {
      const found = pkg.find(rel.target);
      if (found) return found;
    }
  }
  const fallback = pkg.find('word/document.xml');
  if (fallback) return fallback;
  throw new AppError('docx.noDocument');
}

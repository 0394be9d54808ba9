/**
 * Font name and size of a run, resolved as Word does: run rPr > character style (basedOn chain) >
 * paragraph style (basedOn chain, or the default paragraph style) > docDefaults; theme fonts
 * (minorHAnsi, majorAscii…) map to the theme's latin typefaces.
 */
import { twipsOf } from './strict';
import { NS, type XmlElement, child, elements, isW, wAttr, wChild } from './xml';

export interface ResolvedFont {
  name: string;
  sizePt: number | null;
}

interface LevelProps {
  font?: string;
  halfPoints?: number;
}

interface StyleDef {
  type: string;
  basedOn?: string;
  props: LevelProps;
}

export interface ThemeFonts {
  major: string;
  minor: string;
}

/** Word's own fallbacks when a document names no font or size at all. */
export const WORD_DEFAULT_FONT = 'Times New Roman';
export const WORD_DEFAULT_HALF_POINTS = 20;
export const DEFAULT_THEME_FONTS: ThemeFonts = { major: 'Calibri Light', minor: 'Calibri' };

export function readThemeFonts(theme: XmlElement | undefined): ThemeFonts {
  const out = { ...DEFAULT_THEME_FONTS };
  if (!theme) return out;
  const scheme = child(child(theme, NS.a, 'themeElements'), NS.a, 'fontScheme');
  const latin = (which: string): string | undefined => {
    const typeface = child(child(scheme, NS.a, which), NS.a, 'latin')?.attrs.find((a) => a.local === 'typeface')?.value;
    return typeface && typeface.trim() ? typeface : undefined;
  };
  out.major = latin('majorFont') ?? out.major;
  out.minor = latin('minorFont') ?? out.minor;
  return out;
}

function themeFont(name: string | undefined, theme: ThemeFonts): string | undefined {
  if (!name) return undefined;
  if (name.startsWith('major')) return theme.major;
  if (name.startsWith('minor')) return theme.minor;
  return undefined;
}

/** The font and size a `w:rPr` sets itself (theme attributes win over explicit names, as in Word). */
export function rPrProps(rPr: XmlElement | undefined, theme: ThemeFonts): LevelProps {
  const out: LevelProps = {};
  if (!rPr) return out;
  const fonts = wChild(rPr, 'rFonts');
  if (fonts) {
    const name =
      themeFont(wAttr(fonts, 'asciiTheme'), theme) ??
      wAttr(fonts, 'ascii') ??
      themeFont(wAttr(fonts, 'hAnsiTheme'), theme) ??
      wAttr(fonts, 'hAnsi');
    if (name !== undefined && name.trim() !== '') out.font = name.trim();
  }
  const sz = wChild(rPr, 'sz');
  if (sz) {
    // Half-points, or a universal measure ("14pt") in Strict documents.
    const raw = wAttr(sz, 'val');
    const twips = twipsOf(raw);
    const v = raw !== undefined && /[a-z]/i.test(raw) && twips !== null ? twips / 10 : Number(raw);
    if (Number.isFinite(v) && v > 0) out.halfPoints = v;
  }
  return out;
}

export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly defaults: LevelProps;
  private readonly defaultParagraphStyle: string | undefined;
  readonly theme: ThemeFonts;

  constructor(stylesRoot: XmlElement | undefined, themeRoot: XmlElement | undefined) {
    this.theme = readThemeFonts(themeRoot);
    let defaults: LevelProps = {};
    let defaultParagraph: string | undefined;
    if (stylesRoot) {
      const rPrDefault = wChild(wChild(stylesRoot, 'docDefaults'), 'rPrDefault');
      defaults = rPrProps(wChild(rPrDefault, 'rPr'), this.theme);
      for (const el of elements(stylesRoot)) {
        if (!isW(el, 'style')) continue;
        const id = wAttr(el, 'styleId');
        if (!id || this.styles.has(id)) continue;
        const type = wAttr(el, 'type') ?? 'paragraph';
        const basedOnEl = wChild(el, 'basedOn');
        this.styles.set(id, {
          type,
          basedOn: basedOnEl ? wAttr(basedOnEl, 'val') : undefined,
          props: rPrProps(wChild(el, 'rPr'), this.theme),
        });
        const isDefault = wAttr(el, 'default');
        if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true') && defaultParagraph === undefined) {
          defaultParagraph = id;
        }
      }
    }
    this.defaults = defaults;
    this.defaultParagraphStyle = defaultParagraph;
  }

  /** Levels of a style's basedOn chain, nearest first (cycles and absurd chains cut). */
  private chain(styleId: string | undefined): LevelProps[] {
    const out: LevelProps[] = [];
    const seen = new Set<string>();
    let id = styleId;
    while (id && !seen.has(id) && seen.size < 64) {
      seen.add(id);
      const def = this.styles.get(id);
      if (!def) break;
      out.push(def.props);
      id = def.basedOn;
    }
    return out;
  }

  resolve(pStyle: string | undefined, rStyle: string | undefined, runRPr: XmlElement | undefined): ResolvedFont {
    const levels: LevelProps[] = [
      rPrProps(runRPr, this.theme),
      ...this.chain(rStyle),
      ...this.chain(pStyle && this.styles.has(pStyle) ? pStyle : this.defaultParagraphStyle),
      this.defaults,
    ];
    let font: string | undefined;
    let half: number | undefined;
    for (const l of levels) {
      if (font === undefined && l.font !== undefined) font = l.font;
      if (half === undefined && l.halfPoints !== undefined) half = l.halfPoints;
    }
    return { name: font ?? WORD_DEFAULT_FONT, sizePt: (half ?? WORD_DEFAULT_HALF_POINTS) / 2 };
  }
}

import { ADDIN_ID, ADDIN_VERSION } from '../../src/core/addin';
/**
 * Offline manifest checks (scripts/manifest-check.ts): the real manifest.xml passes, and each broken variant
 * fails with the check a reviewer would expect.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import {
  checkManifest,
  checkManifestFile,
  compareVersions,
  listFunctionNames,
  pngSize,
  type ManifestCheckId,
} from '../../scripts/manifest-check';

const repo = join(__dirname, '..', '..');
const manifestPath = join(repo, 'manifest.xml');
const original = readFileSync(manifestPath, 'utf8');

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'bctt-manifest-'));
  mkdirSync(join(workDir, 'assets'));
  for (const f of readdirSync(join(repo, 'assets')).filter((name) => name.endsWith('.png'))) {
    copyFileSync(join(repo, 'assets', f), join(workDir, 'assets', f));
  }
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function errorsOf(xml: string, rootDir = repo): ManifestCheckId[] {
  return checkManifest(xml, { rootDir })
    .filter((i) => i.severity === 'error')
    .map((i) => i.check);
}

function mutate(from: string | RegExp, to: string): string {
  const next = original.replace(from, to);
  expect(next).not.toBe(original); // the mutation really applied
  return next;
}

function solidPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(255);
  return PNG.sync.write(png);
}

describe('the real manifest.xml', () => {
  it('passes every offline check with no error and no warning', () => {
    expect(checkManifestFile(manifestPath)).toEqual([]);
  });

  it('targets Word with WordApi 1.3 and Vietnamese as the default locale', () => {
    expect(original).toContain('<Host Name="Document" />');
    expect(original).toMatch(/<Set Name="WordApi" MinVersion="1\.3" \/>/);
    expect(original).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
    expect(original).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });

  it('gives every Vietnamese display string an en-US override', () => {
    const strings = original.match(/<bt:String id="[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US"/g) ?? [];
    const all = original.match(/<bt:String /g) ?? [];
    expect(all.length).toBeGreaterThan(0);
    expect(strings.length).toBe(all.length);
    expect(original).toMatch(/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
    expect(original).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
  });

  it('is stored in NFC so Vietnamese labels render the same everywhere', () => {
    expect(original.normalize('NFC')).toBe(original);
    expect(original).toContain('Báo cáo thành tích');
  });

  it('declares exactly the function commands registered by src/commands/commands.ts', () => {
    const names = listFunctionNames(original);
    expect(names.sort()).toEqual(['insertCollective', 'insertIndividual']);
    const commands = readFileSync(join(repo, 'src', 'commands', 'commands.ts'), 'utf8');
    for (const name of names) expect(commands).toMatch(new RegExp(`associate\\(\\s*'${name}'`));
  });

  it('ships the icons it declares, at 16/32/64/80/128 px', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(join(repo, 'assets', `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
});

describe('broken manifests fail the check that guards them', () => {
  it('malformed XML', () => {
    expect(errorsOf(original.replace('</OfficeApp>', ''))).toEqual(['xml.wellFormed']);
    expect(errorsOf('<OfficeApp><Id>x</Id></Office>')).toEqual(['xml.wellFormed']);
    expect(errorsOf('')).toEqual(['xml.wellFormed']);
    expect(errorsOf('<NotAnAddin/>')).toEqual(['xml.wellFormed']);
  });

  it('an Id that is not a GUID', () => {
    expect(errorsOf(mutate(/<Id>[^<]+<\/Id>/, '<Id>my-addin</Id>'))).toEqual(['id.guid']);
    expect(errorsOf(mutate(/<Id>[^<]+<\/Id>/, '<Id>4021c55f-402c-428c-bc8d-ec5e2ce0298</Id>'))).toEqual(['id.guid']);
  });

  it('an http URL', () => {
    const xml = mutate('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://');
    expect(errorsOf(xml)).toEqual(['url.https']);
    expect(errorsOf(mutate('<AppDomain>https://', '<AppDomain>http://'))).toEqual(['url.https']);
  });

  it('a resid that matches no resource', () => {
    expect(errorsOf(mutate('<Label resid="BCTT.Group.Label" />', '<Label resid="BCTT.Group.Nhan" />'))).toEqual([
      'resid.resolves',
    ]);
  });

  it('a resid pointing to the wrong kind of resource (a long string used as a label)', () => {
    const xml = mutate('<Label resid="BCTT.OpenChecker.Label" />', '<Label resid="BCTT.OpenChecker.Tooltip" />');
    expect(errorsOf(xml)).toEqual(['resid.resolves']);
  });

  it('a duplicated or over-long resource id', () => {
    const dup = mutate('<bt:Url id="BCTT.Taskpane.Url"', '<bt:Url id="BCTT.Commands.Url"');
    expect(errorsOf(dup)).toContain('resid.unique');
    const long = 'BCTT.' + 'X'.repeat(40);
    const xml = original.split('BCTT.Commands.Url').join(long);
    expect(errorsOf(xml)).toEqual(['resid.length']);
  });

  it('a missing icon file', () => {
    unlinkSync(join(workDir, 'assets', 'icon-80.png'));
    try {
      expect(errorsOf(original, workDir)).toEqual(['icon.file']);
    } finally {
      copyFileSync(join(repo, 'assets', 'icon-80.png'), join(workDir, 'assets', 'icon-80.png'));
    }
  });

  it('an icon of the wrong size, or not a PNG', () => {
    writeFileSync(join(workDir, 'assets', 'icon-32.png'), solidPng(20, 20));
    try {
      // icon-32.png serves the ribbon and <IconUrl>, both at 32 px: one report per file and size.
      expect(errorsOf(original, workDir)).toEqual(['icon.size']);
      writeFileSync(join(workDir, 'assets', 'icon-32.png'), 'GIF89a not a png');
      expect(errorsOf(original, workDir)).toEqual(['icon.size']);
    } finally {
      copyFileSync(join(repo, 'assets', 'icon-32.png'), join(workDir, 'assets', 'icon-32.png'));
    }
    expect(errorsOf(original, workDir)).toEqual([]);
  });

  it('an icon hosted elsewhere is a warning, not an error (cannot be measured offline)', () => {
    const xml = mutate(
      '<IconUrl DefaultValue="https://localhost:3000/',
      '<IconUrl DefaultValue="https://cdn.example.org/',
    );
    const issues = checkManifest(xml, { rootDir: repo });
    expect(issues.map((i) => [i.check, i.severity])).toEqual([['icon.file', 'warning']]);
  });

  it('over-long strings, counted in characters (Vietnamese diacritics count once each)', () => {
    const label = 'Ệ'.repeat(126);
    expect(errorsOf(mutate('DefaultValue="Mẫu cá nhân"', `DefaultValue="${label}"`))).toEqual(['string.length']);
    expect(errorsOf(mutate('DefaultValue="Mẫu cá nhân"', `DefaultValue="${'Ệ'.repeat(125)}"`))).toEqual([]);
    const tooltip = 'a'.repeat(251);
    expect(errorsOf(mutate('Value="Check report"', `Value="${'b'.repeat(126)}"`))).toEqual(['string.length']);
    expect(errorsOf(mutate(/(<bt:String id="BCTT.OpenChecker.Tooltip" DefaultValue=")[^"]+/, `$1${tooltip}`))).toEqual([
      'string.length',
    ]);
    expect(
      errorsOf(mutate(/<DisplayName DefaultValue="[^"]+"/, `<DisplayName DefaultValue="${'d'.repeat(126)}"`)),
    ).toEqual(['string.length']);
    expect(errorsOf(mutate(/<Description DefaultValue="[^"]+"/, `<Description DefaultValue="${tooltip}"`))).toEqual([
      'string.length',
    ]);
    expect(errorsOf(mutate(/<DisplayName DefaultValue="[^"]+"/, '<DisplayName DefaultValue=""'))).toEqual([
      'string.length',
    ]);
  });

  it('requirement sets below what the add-in uses, or missing', () => {
    expect(errorsOf(mutate('MinVersion="1.3"', 'MinVersion="1.2"'))).toEqual(['requirements.wordApi']);
    expect(
      errorsOf(mutate('<Set Name="WordApi" MinVersion="1.3" />', '<Set Name="ExcelApi" MinVersion="1.3" />')),
    ).toEqual(['requirements.wordApi']);
    expect(errorsOf(mutate(/<Requirements>[\s\S]*?<\/Requirements>/, ''))).toEqual(['requirements.wordApi']);
    expect(errorsOf(mutate('DefaultMinVersion="1.1"', 'DefaultMinVersion="banana"'))).toEqual([
      'requirements.defaultMinVersion',
    ]);
    expect(errorsOf(mutate('DefaultMinVersion="1.1"', 'DefaultMinVersion="1.5"'))).toEqual([
      'requirements.defaultMinVersion',
    ]);
    // A newer floor is accepted.
    expect(errorsOf(mutate('MinVersion="1.3"', 'MinVersion="1.10"'))).toEqual([]);
  });

  it('a manifest that does not target Word', () => {
    expect(errorsOf(mutate('<Host Name="Document" />', '<Host Name="Workbook" />'))).toEqual(['host.word']);
  });
});

describe('helpers', () => {
  it('compareVersions compares numerically, not as text', () => {
    expect(compareVersions('1.10', '1.3')).toBe(1);
    expect(compareVersions('1.3', '1.3.0')).toBe(0);
    expect(compareVersions('1.2', '1.3')).toBe(-1);
  });

  it('pngSize reads IHDR and rejects non-PNG bytes', () => {
    expect(pngSize(solidPng(3, 7))).toEqual({ width: 3, height: 7 });
    expect(pngSize(Buffer.from('not a png at all, definitely not'))).toBeUndefined();
    expect(pngSize(new Uint8Array(0))).toBeUndefined();
  });
});

describe('add-in identity used by generated reports', () => {
  it('matches the manifest Id and Version, and the pane reopens with the document', () => {
    const xml = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(xml).toContain(`<Id>${ADDIN_ID}</Id>`);
    expect(xml).toContain(`<Version>${ADDIN_VERSION}</Version>`);
    expect(xml).toContain('<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>');
  });
});

/**
 * Command-line usage: help, version, usage errors (exit 2), and the launcher without a built bundle.
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { ROOT, buildCli, runCli, tempDir } from './support/cli';

jest.setTimeout(60_000);

beforeAll(() => buildCli());

describe('help and version', () => {
  it('prints the usage on stdout with --help, exit 0, in Vietnamese or English', () => {
    const vi = runCli(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Cách dùng:');
    expect(vi.stdout).toContain('bao-cao-thanh-tich check');
    expect(runCli(['check', '--help', '--lang', 'en']).stdout).toContain('Usage:');
  });

  it('prints the package version with --version', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage errors exit 2 with the usage on stderr and nothing on stdout', () => {
  it.each([
    [[], 'Chưa nêu lệnh'],
    [['xoa'], 'Không có lệnh “xoa”'],
    [['--frobnicate'], '--frobnicate'],
    [['check'], 'ít nhất một tệp'],
    [['check', 'a.docx', '--bogus'], '--bogus'],
    [['check', 'a.docx', '--at', 'ngày mai'], 'ngày mai'],
    [['check', 'a.docx', '--lang', 'fr'], '“fr”'],
    [['new', '--out', 'x.docx'], '--kind'],
    [['new', '--kind', 'gia-dinh', '--out', 'x.docx'], 'gia-dinh'],
    [['new', '--kind', 'individual'], '--out'],
  ])('%j', (args, expected) => {
    const result = runCli(args as string[], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(expected as string);
    expect(result.stderr).toContain('Cách dùng:');
  });

  it('gives usage errors in English with --lang en, even before the command', () => {
    const result = runCli(['--lang', 'en', 'check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Give at least one .docx file');
    expect(result.stderr).toContain('Usage:');
  });
});

describe('the launcher without a built bundle', () => {
  /** A copy of the package with the launcher, but no dist/. */
  function unbuiltPackage(withSource: boolean): string {
    const root = tempDir('bctt-unbuilt-');
    mkdirSync(path.join(root, 'bin'));
    copyFileSync(path.join(ROOT, 'bin', 'bao-cao-thanh-tich.js'), path.join(root, 'bin', 'bao-cao-thanh-tich.js'));
    copyFileSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'));
    if (withSource) {
      symlinkSync(path.join(ROOT, 'src'), path.join(root, 'src'));
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
    }
    return path.join(root, 'bin', 'bao-cao-thanh-tich.js');
  }

  it('runs the TypeScript source with tsx when it is installed', () => {
    const result = runCli(['--version'], { launcher: unbuiltPackage(true) });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('says how to build when neither the bundle nor tsx is there', () => {
    const result = runCli(['--version'], { launcher: unbuiltPackage(false) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npm run build:cli');
  });
});

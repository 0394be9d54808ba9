import { promises as fs } from 'node:fs';
import { isAppError } from '../core/errors';
import { t, type Lang } from '../core/i18n';
import type { MessageRef } from '../core/rules/types';
import { isTemplateKind } from '../core/template/templates';
import type { TemplateKind } from '../core/template/types';
import { parseReportData, type ReportData } from '../docx/reportData';
import { defaultReportPeriod } from '../core/calendar/period';
import { writeTemplateDocx } from '../docx/write';
import { parseOptions } from './args';
import { errorText } from './files';
import { type CliIo, EXIT_OK, EXIT_USAGE, UsageError } from './io';
import { loadJsonObject, loadPhoto } from './reportJson';
import './messages';

function printErrors(io: CliIo, lang: Lang, errors: readonly MessageRef[], extra: readonly string[] = []): number {
  for (const e of errors) io.stderr(t('cli.error.prefix', { message: t(e.key, e.params, lang) }, lang) + '\n');
  for (const line of extra) io.stderr(`  - ${line}\n`);
  return EXIT_USAGE;
}

/** `new --kind individual|collective [--data report.json] --out report.docx [--force]` */
export async function runNew(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    kind: { type: 'string' },
    data: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    lang: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError('cli.error.unexpectedArgs', { args: positionals.join(' ') });
  if (values.kind !== undefined && !isTemplateKind(values.kind)) throw new UsageError('cli.error.badKind', { value: values.kind });
  if (!values.out) throw new UsageError('cli.error.missingOut');
  const out = values.out;

  let kind: TemplateKind | undefined = values.kind as TemplateKind | undefined;
  let data: ReportData | undefined;
  if (values.data) {
    const loaded = await loadJsonObject(values.data);
    if (!loaded.ok) return printErrors(io, lang, [loaded.error]);
    const json = { ...loaded.json };
    if (json.kind === undefined) {
      // The kind may be given on the command line only.
      if (!kind) throw new UsageError('cli.error.missingKind');
      json.kind = kind;
    } else if (kind && isTemplateKind(json.kind) && kind !== json.kind) {
      return printErrors(io, lang, [{ key: 'cli.error.kindMismatch', params: { data: json.kind, option: kind } }]);
    }
    const result = parseReportData(json);
    if (result.problems.length > 0) {
      return printErrors(io, lang, [{ key: 'cli.error.jsonProblems', params: { file: values.data, count: result.problems.length } }], result.problems);
    }
    kind = result.data.kind;
    data = result.data;
    if (result.photoPath !== undefined) {
      const photo = await loadPhoto(values.data, result.photoPath);
      if (!photo.ok) return printErrors(io, lang, [photo.error]);
      data = { ...data, photo: { bytes: photo.bytes } };
    }
  }
  if (!kind) throw new UsageError('cli.error.missingKind');

  try {
    const stat = await fs.stat(out);
    if (stat.isDirectory()) return printErrors(io, lang, [{ key: 'cli.error.outIsDirectory', params: { file: out } }]);
    if (!values.force) return printErrors(io, lang, [{ key: 'cli.error.outExists', params: { file: out } }]);
  } catch {
    // Does not exist yet: the normal case.
  }

  let bytes: Uint8Array;
  try {
    bytes = await writeTemplateDocx(kind, { kind, period: defaultReportPeriod(new Date()), ...data });
  } catch (error) {
    if (isAppError(error)) return printErrors(io, lang, [{ key: error.messageKey, params: error.params }]);
    throw error;
  }
  try {
    // "wx" fails if the file appeared meanwhile, so --force is the only way to replace a file.
    await fs.writeFile(out, bytes, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    if (errorText(error) === 'EEXIST') return printErrors(io, lang, [{ key: 'cli.error.outExists', params: { file: out } }]);
    return printErrors(io, lang, [{ key: 'cli.error.writeFailed', params: { file: out, reason: errorText(error) } }]);
  }
  io.stdout(t('cli.new.written', { file: out, kind: t(`cli.kind.${kind}`, {}, lang) }, lang) + '\n');
  return EXIT_OK;
}

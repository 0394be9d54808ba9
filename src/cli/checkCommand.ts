import path from 'node:path';
import { t, type Lang } from '../core/i18n';
import { parseAt, parseOptions } from './args';
import { checkFile, type FileReport } from './checkFiles';
import { collectInputs } from './files';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from './io';
import { renderText, shorten } from './textReport';
import './messages';

/** Above this many files, `check` shows its progress on stderr (when stderr is a terminal, or with --progress). */
export const PROGRESS_THRESHOLD = 10;

/** The exit status of `check`: 2 if any file could not be read, else 1 if any file has an error, else 0. */
export function exitCodeOf(reports: readonly FileReport[]): number {
  if (reports.some((r) => r.error !== undefined)) return EXIT_USAGE;
  if (reports.some((r) => !r.ready)) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** `check FILE_OR_DIR... [--json] [--at ISO-DATE] [--lang vi|en] [--inclusive] [--progress] [--xlsx FILE]` */
export async function runCheck(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean', default: false },
    at: { type: 'string' },
    lang: { type: 'string' },
    inclusive: { type: 'boolean', default: false },
    progress: { type: 'boolean', default: false },
    xlsx: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('cli.error.noInputs');
  const now = values.at !== undefined ? parseAt(values.at) : new Date();

  const inputs = await collectInputs(positionals);
  if (inputs.length === 0) {
    io.stderr(t('cli.error.prefix', { message: t('cli.error.noDocx', {}, lang) }, lang) + '\n');
    return EXIT_USAGE;
  }

  const showProgress = inputs.length > PROGRESS_THRESHOLD && (io.stderrIsTTY || values.progress);
  const reports: FileReport[] = [];
  // One file at a time: only one document is in memory at once, whatever the size of the batch.
  for (let i = 0; i < inputs.length; i++) {
    if (showProgress) {
      const line = t('cli.check.progress', { index: i + 1, total: inputs.length, file: shorten(inputs[i].file, 60) }, lang);
      io.stderr(io.stderrIsTTY ? `\r\x1b[K${line}` : `${line}\n`);
    }
    reports.push(await checkFile(inputs[i], { lang, config: { now, deadlineReading: values.inclusive ? 'inclusive' : 'strict' } }));
  }
  if (showProgress && io.stderrIsTTY) io.stderr('\r\x1b[K');

  io.stdout(values.json ? JSON.stringify(reports, null, 2) + '\n' : renderText(reports, lang as Lang));
  if (values.xlsx !== undefined) {
    if (values.xlsx === '') throw new UsageError('cli.error.noInputs');
    // Loaded on demand: exceljs is only parsed when the table is asked for.
    const { writeQuarterXlsx } = await import('./quarterXlsx');
    await writeQuarterXlsx(path.resolve(io.cwd, values.xlsx), reports, lang, values.inclusive ? 'inclusive' : 'strict');
  }
  return exitCodeOf(reports);
}

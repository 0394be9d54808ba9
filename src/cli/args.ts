import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../core/i18n';
import { UsageError } from './io';
import './messages';

/**
 * The message language, looked up before anything else so even usage errors are in the chosen language.
 * Accepts `--lang en` and `--lang=en`; an invalid value is a usage error (reported in Vietnamese).
 */
export function scanLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    let value: string | undefined;
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else continue;
    if (value === 'vi' || value === 'en') return value;
    throw new UsageError('cli.error.badLang', { value: value ?? '' });
  }
  return 'vi';
}

/**
 * The instant of `--at`: an ISO 8601 date ("2026-12-20", read as midnight in Vietnam) or date-time
 * ("2026-12-20T08:00", read in Vietnam time unless it carries "Z" or an offset).
 */
export function parseAt(value: string): Date {
  const v = value.trim();
  let iso: string;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) iso = `${v}T00:00:00+07:00`;
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/.test(v)) iso = `${v}+07:00`;
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v)) iso = v;
  else throw new UsageError('cli.error.badAt', { value });
  const ms = Date.parse(iso);
  // Date.parse rolls "2026-02-31" over to March; refuse dates that do not exist.
  const [y, m, d] = v.slice(0, 10).split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (!Number.isFinite(ms) || probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    throw new UsageError('cli.error.badAt', { value });
  }
  return new Date(ms);
}

/** Turn node:util parseArgs's English error into a short detail for `cli.error.badOption`. */
export function optionErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments read with node:util parseArgs (strict, positionals allowed); an unknown or malformed option
 * is a usage error (`cli.error.badOption`).
 */
export function parseOptions<O extends OptionsConfig>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('cli.error.badOption', { detail: optionErrorDetail(error) });
  }
}

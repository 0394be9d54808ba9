import { t, type Lang } from '../core/i18n';
import { scanLang } from './args';
import { runCheck } from './checkCommand';
import { type CliIo, EXIT_OK, EXIT_USAGE, UsageError } from './io';
import { runNew } from './newCommand';
import { packageVersion } from './version';
import './messages';

function usageError(io: CliIo, lang: Lang, error: UsageError): number {
  io.stderr(t('cli.error.prefix', { message: t(error.messageKey, error.params, lang) }, lang) + '\n\n');
  io.stderr(t('cli.usage', {}, lang) + '\n');
  return EXIT_USAGE;
}

/**
 * Run the command line with `argv` (without "node" and the script) and return the exit status:
 * 0 success / every file ready, 1 some file has an error finding, 2 bad usage or unreadable input.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = 'vi';
  try {
    lang = scanLang(argv);
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError('cli.error.noCommand');
    if (argv.includes('--help') || argv.includes('-h') || command === 'help') {
      io.stdout(t('cli.usage', {}, lang) + '\n');
      return EXIT_OK;
    }
    if (command === '--version' || command === '-v' || command === 'version') {
      io.stdout(packageVersion() + '\n');
      return EXIT_OK;
    }
    switch (command) {
      case 'new':
        return await runNew(rest, io, lang);
      case 'check':
        return await runCheck(rest, io, lang);
      default:
        if (command.startsWith('-')) {
          if (command === '--lang' || command.startsWith('--lang=')) {
            // `--lang en check …`: the language may come first.
            const skip = command === '--lang' ? 2 : 1;
            if (argv.length <= skip) throw new UsageError('cli.error.noCommand');
            return await run([...argv.slice(skip), ...argv.slice(0, skip)], io);
          }
          throw new UsageError('cli.error.badOption', { detail: command });
        }
        throw new UsageError('cli.error.unknownCommand', { command });
    }
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, lang, error);
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(t('cli.error.internal', { reason }, lang) + '\n');
    return EXIT_USAGE;
  }
}

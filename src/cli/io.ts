import { AppError, type MessageKey, type MessageParams } from '../core/errors';

/** What the command line needs from its process: output streams, whether stderr is a terminal, the working directory. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is an interactive terminal (progress lines are shown then). */
  stderrIsTTY: boolean;
  cwd: string;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

/** Raised for bad usage: the message is printed with the usage text and the exit code is 2. */
export class UsageError extends AppError {
  constructor(messageKey: MessageKey, params: MessageParams = {}) {
    super(messageKey, params);
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

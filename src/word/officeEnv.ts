/**
 * The Word host's environment over the real globals, through ./office.ts's readers (the one module that reads the
 * Office and Word globals). Its own module so that the task pane's entry, which needs ./office.ts to detect Office,
 * does not carry it: only Word mode's WordHost and the ribbon commands use it.
 */
import type { OfficeDocumentLike, OfficeEnv } from './env';
import { officeGlobal, officeIsSetSupported, officePlatform, officeWordRun } from './office';

/** The Word host's environment over the real globals (`Word.run`, requirements, the common-API document). */
export function officeEnv(scope: object = globalThis): OfficeEnv {
  const run = officeWordRun(scope);
  const isSet = officeIsSetSupported(scope);
  return {
    run: (batch) => run(batch),
    // Word.run(context, batch): a new batch on an earlier context, as the events page removes handlers
    // (https://learn.microsoft.com/office/dev/add-ins/word/word-add-ins-events); @types/office-js lacks that overload.
    runOn: (context, batch) => run(context, batch),
    isSetSupported: (name, version) => isSet(name, version),
    document: officeGlobal(scope)?.context?.document as OfficeDocumentLike,
    settings: (officeGlobal(scope)?.context?.document as { settings?: OfficeEnv['settings'] } | undefined)?.settings,
    platform: officePlatform(scope),
  };
}

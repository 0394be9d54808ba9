/** Reports for the relay tests, made with the project's own writer. */
import { writeTemplateDocx } from '../../../src/docx/write';
import { vietnameseProse } from '../../support/prose';
import { INDIVIDUAL_FIELDS, COLLECTIVE_FIELDS, modelRows, pngPhoto } from '../../cli/support/cli';

/** A complete individual report (NGUYỄN THỊ MAI, with a 2:3 photo and 1,100 words of summary): no errors. */
export function completeIndividual(seed = 1307): Promise<Uint8Array> {
  return writeTemplateDocx('individual', {
    kind: 'individual',
    fields: { ...INDIVIDUAL_FIELDS },
    summary: vietnameseProse(1100, seed),
    models: modelRows(2),
    photo: { bytes: pngPhoto() },
  });
}

/** A complete collective report. */
export function completeCollective(): Promise<Uint8Array> {
  return writeTemplateDocx('collective', {
    kind: 'collective',
    fields: { ...COLLECTIVE_FIELDS },
    summary: vietnameseProse(1100, 7),
    models: modelRows(1),
  });
}

/** The empty official template: every required field missing. */
export function emptyIndividual(): Promise<Uint8Array> {
  return writeTemplateDocx('individual');
}

/** An instant inside Q4 2026, well before its deadline (2 January 2027). */
export const NOW = new Date('2026-11-25T09:00:00+07:00');

import type { wordVi } from './word.vi';

/** Messages of the `word` area in English (keys prefixed with "word."); src/core/i18n/catalogs/word.ts joins both languages. */
export const wordEn = {
  'word.general': 'Word ran into an error. The document was not changed; try again in a moment.',
  'word.itemNotFound': 'The part of the document to work on was not found (it may have been deleted). Check and try again.',
  'word.accessDenied': 'Word does not allow editing this document (read-only, protected or in view mode). Enable editing and try again.',
  'word.invalidArgument': 'Word rejected the data it was given. The document was not changed.',
  'word.invalidRequest': 'Word cannot do this right now. Close any open dialog and try again.',
  'word.apiNotFound': 'This version of Word does not support this action yet. Update Office or use Word on the desktop.',
  'word.busy': 'Word is busy. Try again in a moment.',
  'word.tooLarge': 'The data is too large for Word to take in one go (for example a very heavy picture). Use a smaller file.',
  'word.stale': 'The document changed while working on it. Try again.',
  'word.unknown': 'Word reported an unknown error (code {code}). The document was not changed.',
  'word.unsupported': 'This version of Word cannot do this (needs the {set} API set). Update Office, use Word on the desktop or do it by hand.',
  'word.templateLoad': 'Could not load the report template. Check the network connection and try again.',
  'word.imageInvalid': 'The picture file cannot be read. Choose a JPEG, PNG or GIF picture.',
  'word.file': 'Could not get the document file from Word: {message}',
  'word.textNotFound': 'This text was not found in the document (it may have been edited).',
  'word.notFoundInDocument': 'This place was not found in the document.',
  'word.notAllowed': 'Word on this platform does not allow this action (NotAllowed). The document was not changed; try it in Word on the desktop.',
  'word.fileNetwork': 'Word on the web could not hand the document file to the add-in (network error 11001, common with documents stored in SharePoint, Dropbox or other storage). Try again; if it keeps failing, use File > Download a copy and send it by hand, or open the document in Word on the desktop.',
  'word.photoLegacyControl': 'The photo frame in this document is an older kind that Word on the web cannot put a picture into. Open the document in Word on the desktop to insert the photo, or delete the frame and use "Restore".',
  'word.unavailable.pages': 'The page count is estimated because Word on this platform does not report its layout (needs WordApiDesktop 1.2).',
  'word.unavailable.pageSetup': 'Paper size and margins could not be checked because Word on this platform does not expose them (needs WordApiDesktop 1.3). Check by hand: A4, margins top 20, bottom 20, left 30, right 15 mm.',
  'word.unavailable.template': 'This version of Word cannot read the template information stored in the document (needs WordApi 1.4); the template is recognised from its fields.',
  'word.unavailable.sendHistory': 'This version of Word cannot read the send history stored in the document (needs WordApi 1.4).',
  'word.unavailable.liveEvents': 'This version of Word does not report content changes; the check list updates when you move the cursor.',
} satisfies Record<keyof typeof wordVi, string>;

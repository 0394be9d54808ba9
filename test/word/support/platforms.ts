/**
 * Platform profiles for the Word test double (mockWord.ts): what each Word refuses, with the error code real Word
 * gives and where that is documented or reported. The WordHost tests run on every profile (test/word/platforms.test.ts).
 *
 * Refusals common to every profile (modelled in mockWord.ts for all):
 * - `document.contentControls` lists rich-text controls only; plain-text and picture controls need
 *   `getContentControls({types})` (Word.Document.contentControls reference; office-js #2160, #6144);
 * - replacing content (`insertFileFromBase64(…, 'Replace')`) over controls with `cannotDelete` throws NotAllowed, by
 *   design (office-js #2829);
 * - content-control event handlers of an untracked control never fire (the events page registers them after `track()`,
 *   https://learn.microsoft.com/office/dev/add-ins/word/word-add-ins-events), and a finished Word.run context refuses a
 *   later sync() (InvalidRequest): removal goes through `Word.run(eventResult.context, …)`;
 * - a method of a requirement set the build lacks answers ApiNotFound at sync.
 */

export type PlatformId = 'windows' | 'mac' | 'web' | 'ipad' | 'api13';

export interface PlatformProfile {
  id: PlatformId;
  name: string;
  /** Office.context.platform. */
  platform: 'PC' | 'Mac' | 'OfficeOnline' | 'iOS';
  /** Requirement sets isSetSupported answers true for ("WordApi 1.3", "CompressedFile 1.1", …). */
  sets: string[];
  refuses: {
    /** `ContentControl.placeholderText = …` -> NotAllowed (office-js #785 "by design", #53). */
    placeholderTextSetter: boolean;
    /** `ContentControl.insertParagraph` -> NotAllowed (office-js #53). */
    controlInsertParagraph: boolean;
    /** `insertInlinePictureFromBase64(…, 'Replace')` into a picture control -> NotAllowed (office-js #3434). */
    pictureIntoPictureControl: boolean;
  };
  /** Largest getFileAsync slice (GetFileOptions: 4 MB; iPad: 64 KB, Document.getFileAsync remarks). */
  maxSliceSize: number;
}

const WORD_API = (upTo: number) => Array.from({ length: upTo }, (_, i) => `WordApi 1.${i + 1}`);
const DESKTOP = ['WordApiDesktop 1.1', 'WordApiDesktop 1.2', 'WordApiDesktop 1.3'];
const COMMON = ['CompressedFile 1.1', 'File 1.1'];
const NONE = { placeholderTextSetter: false, controlInsertParagraph: false, pictureIntoPictureControl: false };

export const PLATFORMS: Record<PlatformId, PlatformProfile> = {
  windows: { id: 'windows', name: 'Word on Windows (Microsoft 365)', platform: 'PC', sets: [...WORD_API(9), ...DESKTOP, ...COMMON], refuses: NONE, maxSliceSize: 4194304 },
  mac: { id: 'mac', name: 'Word on Mac (Microsoft 365)', platform: 'Mac', sets: [...WORD_API(9), ...DESKTOP, ...COMMON], refuses: NONE, maxSliceSize: 4194304 },
  // No WordApiDesktop sets on the web (requirement-set pages: "WordApiDesktop … desktop only").
  web: {
    id: 'web',
    name: 'Word on the web',
    platform: 'OfficeOnline',
    sets: [...WORD_API(9), ...COMMON],
    refuses: { placeholderTextSetter: true, controlInsertParagraph: true, pictureIntoPictureControl: true },
    maxSliceSize: 4194304,
  },
  // Conservative: Word on iPad is assumed to stop at WordApi 1.5 here, with no desktop sets; slices of 64 KB.
  ipad: { id: 'ipad', name: 'Word on iPad', platform: 'iOS', sets: [...WORD_API(5), ...COMMON], refuses: NONE, maxSliceSize: 65536 },
  // The manifest's floor: an older perpetual build with WordApi 1.3 only.
  api13: { id: 'api13', name: 'older Word (WordApi 1.3 only)', platform: 'PC', sets: [...WORD_API(3), ...COMMON], refuses: NONE, maxSliceSize: 4194304 },
};

export const PROFILES: PlatformProfile[] = Object.values(PLATFORMS);

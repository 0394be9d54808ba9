/**
 * Where the Word host finds our fields' content controls.
 *
 * `Document.contentControls` is documented as the rich-text controls ("Gets the collection of rich text content
 * control objects"), and plain-text controls are reported missing from it (https://github.com/OfficeDev/office-js/issues/2160,
 * /issues/6144). Templates written now hold only rich-text controls, but documents written by earlier versions have
 * plain-text fields (and a picture control for the photo): with WordApi 1.5 they are listed by
 * `getContentControls({ types })` (plain text: WordApi 1.5; picture: WordApiDesktop 1.3, see Word.ContentControlOptions
 * in https://learn.microsoft.com/javascript/api/word/word.contentcontroloptions). Below WordApi 1.5 only rich text is reachable.
 */
import { TAG_PREFIX } from '../core/template';
import type { WordSupport } from './support';

export function fieldControlTypes(support: WordSupport): Word.ContentControlType[] | null {
  if (!support.api15) return null;
  const types = ['RichText', 'PlainText'] as Word.ContentControlType[];
  if (support.desktop13) types.push('Picture' as Word.ContentControlType);
  return types;
}

/** Every content control that may be one of our fields (rich text, and plain text / picture where reachable). */
export function fieldControls(context: Word.RequestContext, support: WordSupport): Word.ContentControlCollection {
  const types = fieldControlTypes(support);
  return types ? context.document.getContentControls({ types }) : context.document.contentControls;
}

/** The controls with `tag`, of every reachable type. */
export function controlsByTag(context: Word.RequestContext, support: WordSupport, tag: string): Word.ContentControlCollection {
  return fieldControls(context, support).getByTag(tag);
}

export function isOurTag(tag: string | null | undefined): boolean {
  return typeof tag === 'string' && tag.startsWith(TAG_PREFIX);
}

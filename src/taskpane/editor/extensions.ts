/**
 * The summary editor's schema as Tiptap extensions: the template's vocabulary only (paragraph, the guide's heading,
 * bold, italic, line break, bullet and numbered lists). Whatever else is pasted has no node or mark to land in and
 * is dropped by ProseMirror's parser: fonts, colours, sizes, links, tables, images, code, strike-through, underline.
 */
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

export function summaryExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2] },
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: false,
      trailingNode: false,
    }),
  ];
}

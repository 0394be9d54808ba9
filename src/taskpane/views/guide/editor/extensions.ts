/**
 * The summary editor's schema as Tiptap extensions: the template's vocabulary only (paragraph, the guide's heading,
 * bold, italic, line break, bullet and numbered lists). Whatever else is pasted has no node or mark to land in and
 * is dropped by ProseMirror's parser: fonts, colours, sizes, links, tables, images, code, strike-through, underline.
 * Pasted HTML goes through `cleanPastedHtml` first (Word's list paragraphs -> lists, every heading level -> ours).
 */
import { Extension, type AnyExtension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { cleanPastedHtml } from './summaryDoc';

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const CleanPaste = Extension.create({
  name: 'bcttCleanPaste',
  addProseMirrorPlugins() {
    return [new Plugin({ props: { transformPastedHTML: (html) => cleanPastedHtml(html, parseHtml) } })];
  },
});

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
    CleanPaste,
  ];
}

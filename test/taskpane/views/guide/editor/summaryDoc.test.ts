/** @jest-environment jsdom */
/**
 * The summary editor's document <-> the summary's structured paragraphs, through a real Tiptap editor with the
 * editor's own extensions (the schema is what cleans pasted HTML), and pasting as the browser does (view.pasteHTML).
 */
import { Editor } from '@tiptap/core';
import { blockTexts, type SummaryBlock } from '../../../../../src/core/summaryBlocks';
import { countWords } from '../../../../../src/core/text';
import { summaryExtensions } from '../../../../../src/taskpane/views/guide/editor/extensions';
import { blocksToDoc, cleanPastedHtml, docToBlocks } from '../../../../../src/taskpane/views/guide/editor/summaryDoc';
import { vietnameseProse } from '../../../../support/prose';

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only needs one to exist (it reads no clipboard data).
if (typeof (globalThis as { ClipboardEvent?: unknown }).ClipboardEvent === 'undefined') {
  (globalThis as { ClipboardEvent?: unknown }).ClipboardEvent = class extends Event {
    readonly clipboardData = null;
  };
}

const editors: Editor[] = [];
function editorWith(blocks: SummaryBlock[]): Editor {
  const element = document.createElement('div');
  document.body.appendChild(element);
  const editor = new Editor({ element, extensions: summaryExtensions(), content: blocksToDoc(blocks) });
  editors.push(editor);
  return editor;
}
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
  document.body.innerHTML = '';
});

function blocksOf(editor: Editor): SummaryBlock[] {
  return docToBlocks(editor.getJSON());
}

/** Pastes HTML into an empty editor the way a browser paste does. */
function paste(html: string): SummaryBlock[] {
  const editor = editorWith([]);
  editor.view.pasteHTML(html);
  return blocksOf(editor);
}

const RICH: SummaryBlock[] = [
  { kind: 'heading', runs: [{ text: '1. Thành tích xuất sắc' }] },
  {
    kind: 'paragraph',
    runs: [
      { text: 'Tôi ' },
      { text: 'chủ nhiệm', bold: true },
      { text: ' lớp ' },
      { text: '5/2', bold: true, italic: true },
      { text: ', dạy ' },
      { text: 'Tiếng Việt', italic: true },
    ],
  },
  { kind: 'paragraph', runs: [{ text: 'Dòng một\nDòng hai' }] },
  { kind: 'bullet', level: 0, runs: [{ text: 'mục một' }] },
  { kind: 'bullet', level: 1, runs: [{ text: 'mục con' }] },
  { kind: 'bullet', level: 2, runs: [{ text: 'mục cháu' }] },
  { kind: 'bullet', level: 0, runs: [{ text: 'mục hai' }] },
  { kind: 'ordered', level: 0, runs: [{ text: 'bước một' }] },
  { kind: 'ordered', level: 1, runs: [{ text: 'bước con' }] },
  { kind: 'ordered', level: 0, runs: [{ text: 'bước hai' }] },
  { kind: 'heading', runs: [{ text: '2. Hiệu quả' }] },
];

describe('blocks <-> editor document', () => {
  it('round-trips headings, bold and italic, line breaks and nested bullet and numbered lists', () => {
    expect(blocksOf(editorWith(RICH))).toEqual(RICH);
    expect(docToBlocks(blocksToDoc(RICH))).toEqual(RICH);
  });

  it('the editor renders the guide heading as h2, marks as strong/em, lists as ul/ol', () => {
    const editor = editorWith(RICH);
    const html = editor.getHTML();
    expect(html).toContain('<h2>1. Thành tích xuất sắc</h2>');
    expect(html).toContain('<strong>chủ nhiệm</strong>');
    expect(html).toContain('<em>Tiếng Việt</em>');
    expect(html).toContain('Dòng một<br>Dòng hai');
    expect(html).toMatch(/<ul><li><p>mục một<\/p><ul><li><p>mục con<\/p><ul><li><p>mục cháu/);
    expect(html).toMatch(/<ol><li><p>bước một<\/p><ol><li><p>bước con/);
  });

  it('empty: no blocks open as one empty paragraph, which reads back as no blocks; blank text too', () => {
    const editor = editorWith([]);
    expect(editor.getJSON()).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(blocksOf(editor)).toEqual([]);
    expect(docToBlocks({ type: 'doc', content: [] })).toEqual([]);
    expect(docToBlocks({ type: 'doc' })).toEqual([]);
  });

  it('decomposed Vietnamese (NFD, as some keyboards type it) comes out NFC with the same word count', () => {
    const nfd = 'Trường Tiểu học Nguyễn Bỉnh Khiêm, Phường Sài Gòn'.normalize('NFD');
    const editor = editorWith([]);
    editor.commands.insertContent(nfd);
    const [block] = blocksOf(editor);
    expect(block.runs[0].text).toBe(nfd.normalize('NFC'));
    expect(countWords(block.runs[0].text)).toBe(countWords(nfd));
  });

  it('a huge summary (10,000 words) goes through the editor unchanged', () => {
    const blocks: SummaryBlock[] = vietnameseProse(10_000, 3).map((text) => ({ kind: 'paragraph', runs: [{ text }] }));
    const back = blocksOf(editorWith(blocks));
    expect(blockTexts(back)).toEqual(blockTexts(blocks));
    expect(countWords(blockTexts(back).join('\n'))).toBeGreaterThanOrEqual(10_000);
  });
});

describe('pasting', () => {
  it('from a web page: keeps paragraphs, headings (any level), bold, italic and lists; drops fonts, colours, links, images, tables and code', () => {
    const blocks = paste(
      '<h1 style="color:red">Tiêu đề lớn</h1>' +
        '<p style="font-family:Arial;font-size:20px;color:#f00">Chữ <span style="font-weight:700">đậm</span> và <span style="font-style:italic">nghiêng</span>, <a href="https://example.com">liên kết</a><img src="x.png" alt="ảnh"> <u>gạch</u> <s>xoá</s> <code>mã</code>.</p>' +
        '<h4>Tiêu đề nhỏ</h4>' +
        '<table><tr><td>ô một</td><td>ô hai</td></tr></table>' +
        '<ul><li>một</li><li>hai<ol><li>hai chấm một</li></ol></li></ul>' +
        '<blockquote><p>trích dẫn</p></blockquote><hr><pre>khối mã</pre>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', runs: [{ text: 'Tiêu đề lớn' }] },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Chữ ' },
          { text: 'đậm', bold: true },
          { text: ' và ' },
          { text: 'nghiêng', italic: true },
          { text: ', liên kết gạch xoá mã.' },
        ],
      },
      { kind: 'heading', runs: [{ text: 'Tiêu đề nhỏ' }] },
      { kind: 'paragraph', runs: [{ text: 'ô một' }] },
      { kind: 'paragraph', runs: [{ text: 'ô hai' }] },
      { kind: 'bullet', level: 0, runs: [{ text: 'một' }] },
      { kind: 'bullet', level: 0, runs: [{ text: 'hai' }] },
      { kind: 'ordered', level: 1, runs: [{ text: 'hai chấm một' }] },
      { kind: 'paragraph', runs: [{ text: 'trích dẫn' }] },
      { kind: 'paragraph', runs: [{ text: 'khối mã' }] },
    ]);
  });

  it('from Google Docs: the outer <b style="font-weight:normal"> wrapper is not bold', () => {
    const blocks = paste(
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr"><span style="font-weight:400">thường </span><span style="font-weight:700">đậm</span></p></b>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'thường ' }, { text: 'đậm', bold: true }] }]);
  });

  const WORD_HTML =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><style><!-- p.MsoNormal {font-family:"Times New Roman"} --></style></head><body lang=VI>' +
    '<!--StartFragment--><p class=MsoNormal style="text-align:justify"><b><span style="font-size:14.0pt">Thành tích</span></b><span style="font-size:14.0pt"> nổi bật<o:p></o:p></span></p>' +
    '<p class=MsoListParagraphCxSpFirst style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">-<span style="font:7.0pt">&nbsp;&nbsp;</span></span><![endif]>Góc đọc sách<o:p></o:p></p>' +
    '<p class=MsoListParagraphCxSpMiddle style="mso-list:l0 level2 lfo1"><![if !supportLists]><span style="mso-list:Ignore">o<span>&nbsp;</span></span><![endif]><i>do phụ huynh quyên góp</i><o:p></o:p></p>' +
    '<p class=MsoListParagraphCxSpLast style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">-<span>&nbsp;</span></span><![endif]>Ngày hội đọc sách<o:p></o:p></p>' +
    '<p class=MsoNormal>Kết quả:</p>' +
    '<p class=MsoListParagraph style="mso-list:l1 level1 lfo2"><![if !supportLists]><span style="mso-list:Ignore">1.<span>&nbsp;</span></span><![endif]>Một<o:p></o:p></p>' +
    '<!--EndFragment--></body></html>';

  it('from Word: list paragraphs become lists without the typed markers; Word styles and <o:p> are dropped', () => {
    expect(paste(WORD_HTML)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Thành tích', bold: true }, { text: ' nổi bật' }] },
      { kind: 'bullet', level: 0, runs: [{ text: 'Góc đọc sách' }] },
      { kind: 'bullet', level: 1, runs: [{ text: 'do phụ huynh quyên góp', italic: true }] },
      { kind: 'bullet', level: 0, runs: [{ text: 'Ngày hội đọc sách' }] },
      { kind: 'paragraph', runs: [{ text: 'Kết quả:' }] },
      { kind: 'ordered', level: 0, runs: [{ text: 'Một' }] },
    ]);
  });

  /**
   * What Word for Windows (Microsoft 365, 2024) puts on the clipboard for a copied summary, as Chromium hands it to the
   * page: the document head with its style sheet and conditional comments, headings with bookmarks, runs with fonts,
   * sizes, theme colours and highlights, blank paragraphs made of <o:p>&nbsp;</o:p>, spacerun spans, a soft line break,
   * and an image — but no list.
   */
  const WORD_NO_LIST_HTML =
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">' +
    '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">' +
    '<link rel=File-List href="file:///C:/Users/gv/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">' +
    '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->' +
    '<style><!-- /* Style Definitions */ p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:14.0pt; font-family:"Times New Roman",serif;} h2 {mso-style-link:"Heading 2 Char"; font-size:13.0pt; color:#2F5496;} --></style></head>' +
    '<body lang=EN-US style="tab-interval:36.0pt;word-wrap:break-word"><!--StartFragment-->' +
    '<h2 style="margin-top:6.0pt"><a name="_Toc183000001"></a><span lang=VI style="mso-bidi-font-family:Arial">1. Thành tích xuất sắc, tiêu biểu</span><o:p></o:p></h2>' +
    '<p class=MsoNormal style="text-align:justify;text-indent:36.0pt;line-height:150%"><span lang=VI style="font-size:14.0pt;line-height:150%;font-family:&quot;Arial&quot;,sans-serif;color:#C00000;mso-themecolor:accent2">Cô đã</span><span lang=VI style="font-size:14.0pt"><span style="mso-spacerun:yes">&nbsp; </span></span><b style="mso-bidi-font-weight:normal"><span lang=VI style="font-size:14.0pt;background:yellow;mso-highlight:yellow">chủ nhiệm lớp 5/2</span></b><span lang=VI style="font-size:14.0pt"> và </span><i><span lang=VI style="font-size:16.0pt;font-family:&quot;Calibri&quot;">dạy Tiếng Việt</span></i><span lang=VI style="font-size:14.0pt"><o:p></o:p></span></p>' +
    '<p class=MsoNormal><span lang=VI style="font-size:14.0pt"><o:p>&nbsp;</o:p></span></p>' +
    '<p class=MsoNormal style="text-align:justify"><u><span lang=VI>Gạch chân</span></u><span lang=VI> bỏ, chữ còn.<br>Dòng sau ngắt dòng.</span><span lang=VI><!--[if gte vml 1]><v:shape id="Picture_1" type="#_x0000_t75"><v:imagedata src="file:///C:/x.png"/></v:shape><![endif]--><![if !vml]><img width=120 height=80 src="file:///C:/Users/gv/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" v:shapes="Picture_1"><![endif]></span></p>' +
    '<p class=MsoNormal><o:p>&nbsp;</o:p></p>' +
    '<h1><span lang=VI>2. Hiệu quả được thừa nhận</span></h1>' +
    '<!--EndFragment--></body></html>';

  it('from Word without lists: headings, bold, italic and text stay; fonts, colours, highlights, underline, images, blank paragraphs and <o:p> go', () => {
    expect(paste(WORD_NO_LIST_HTML)).toEqual([
      { kind: 'heading', runs: [{ text: '1. Thành tích xuất sắc, tiêu biểu' }] },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Cô đã\u00a0 ' },
          { text: 'chủ nhiệm lớp 5/2', bold: true },
          { text: ' và ' },
          { text: 'dạy Tiếng Việt', italic: true },
        ],
      },
      { kind: 'paragraph', runs: [{ text: 'Gạch chân bỏ, chữ còn.\nDòng sau ngắt dòng.' }] },
      { kind: 'heading', runs: [{ text: '2. Hiệu quả được thừa nhận' }] },
    ]);
  });

  it('from LibreOffice Writer: <font> tags and inline styles go, bold and italic stay', () => {
    const html =
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/><style type="text/css">p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }</style></head>' +
      '<body lang="vi-VN" dir="ltr"><p align="justify" style="line-height: 150%; margin-bottom: 0cm"><font face="Times New Roman, serif"><font size="4" style="font-size: 14pt"><b>Kết quả</b></font></font><font face="Times New Roman, serif"><font size="4" style="font-size: 14pt"> được </font></font><font color="#ff0000"><i>ghi nhận</i></font></p>' +
      '<p style="margin-bottom: 0cm"><br/></p></body></html>';
    expect(paste(html)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Kết quả', bold: true }, { text: ' được ' }, { text: 'ghi nhận', italic: true }] },
    ]);
  });

  it('cleanPastedHtml leaves HTML without Word lists alone except for heading levels', () => {
    const parse = (h: string) => new DOMParser().parseFromString(h, 'text/html');
    expect(cleanPastedHtml('<p>a</p><h3 class="x">b</h3><h1>c</h1>', parse)).toBe(
      '<p>a</p><h2 class="x">b</h2><h2>c</h2>',
    );
    expect(cleanPastedHtml('', parse)).toBe('');
  });
});

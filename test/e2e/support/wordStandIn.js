/* global window */
/*
 * A scripted Office/Word stand-in, served by the Chromium tests in place of office.js (routeOfficeJs 'word'): enough
 * of `Office` and `Word` for the pane's Word path (start-up, the one-batch check, go to, fixes, the models table, the
 * photo, inserting a template, the send record, the Office dialog as a popup window with messageParent) on one of two platform profiles, chosen before the
 * page loads with `window.__wordStandInProfile` (see WORD_STAND_IN_PROFILES in ./officeJs.ts):
 *   - 'api13' (default): Word on Windows at the manifest's floor, WordApi 1.1-1.3 only;
 *   - 'web': Word on the web, WordApi 1.1-1.9 and no WordApiDesktop set.
 * It is strict like the unit tests' double (test/word/support/mockWord.ts, platforms.ts): changes are staged and
 * applied at sync() (a refused change fails the sync and drops the batch), a method of a requirement set the profile
 * lacks fails with ApiNotFound, `document.contentControls` lists rich-text controls only, Replace over controls locked
 * against deletion is NotAllowed (office-js #2829), content-control events fire only for tracked controls, a finished
 * Word.run context refuses sync(), and on the web the placeholderText setter, ContentControl.insertParagraph and a
 * picture into a picture control are NotAllowed (office-js #785, #53, #3434). Every refusal is recorded in
 * window.__wordStandIn.refused, so a test can assert the pane asked for nothing the platform refuses.
 * It is not office.js: it records what the pane asked for in window.__wordStandIn, so tests check the document it holds.
 */
(function () {
  var PROFILES = {
    api13: { platform: 'PC', sets: { WordApi: 1.3, CompressedFile: 1.1, DialogApi: 1.1 }, web: false },
    web: { platform: 'OfficeOnline', sets: { WordApi: 1.9, CompressedFile: 1.1, DialogApi: 1.2 }, web: true },
  };
  var profileId = window.__wordStandInProfile in PROFILES ? window.__wordStandInProfile : 'api13';
  var profile = PROFILES[profileId];
  // A page opened by the stand-in's displayDialogAsync (a popup, like Office's separate dialog window).
  var dialogOpener = (function () {
    try {
      return window.opener && window.opener.__wordStandIn ? window.opener : null;
    } catch (_e) {
      return null;
    }
  })();

  var TABLE_HEADER = ['TT', 'Tên mô hình/ công trình', 'Đơn vị thực hiện', 'Mô tả mô hình/ công trình', 'Lộ trình triển khai', 'Kết quả đạt được'];
  var PLACEHOLDERS = {
    'bctt.anh': 'Hình 4x6',
    'bctt.hoTen': '(ghi đầy đủ bằng chữ in hoa, không viết tắt)',
    'bctt.sinhNam': '(năm sinh, ví dụ: 1984)',
    'bctt.chucVuDonVi': '(chức vụ, đơn vị công tác)',
    'bctt.tomTat': '(Trình bày tóm tắt)',
    'bctt.moHinh': 'Bảng',
  };
  var SENTENCE = 'Cô Mai đã dạy học hai mươi năm, đổi mới phương pháp, giúp học sinh yêu thích đọc sách và tham gia phong trào thi đua của trường.';

  /** An individual report as Word holds it: `fill` 'draft' (name in lower case, short summary), 'ready' (sendable) or 'empty'. */
  function individual(fill) {
    var empty = fill === 'empty';
    var summary = fill === 'ready' ? Array.from({ length: 40 }, function () { return SENTENCE; }) : ['Cô Mai dạy học hai mươi năm.'];
    var name = fill === 'ready' ? 'NGUYỄN THỊ MAI' : 'nguyễn thị mai';
    var cc = function (tag, text, extra) {
      var c = { tag: tag, type: 'RichText', cannotDelete: true, placeholderText: PLACEHOLDERS[tag], text: empty ? PLACEHOLDERS[tag] : text };
      for (var k in extra || {}) c[k] = extra[k];
      return c;
    };
    var controls = [
      cc('bctt.anh', '', { picture: fill === 'ready' ? { width: 113.4, height: 170.1 } : null }),
      cc('bctt.hoTen', name),
      cc('bctt.sinhNam', '1984'),
      cc('bctt.chucVuDonVi', 'Giáo viên, Trường Tiểu học Lê Lợi, Quận 1, Thành phố Hồ Chí Minh'),
      cc('bctt.tomTat', summary.join('\r')),
      cc('bctt.moHinh', '', { table: [TABLE_HEADER.slice(), empty ? ['1', '', '', '', '', ''] : ['1', 'Thư viện xanh', 'Tổ 1', 'Mô tả', 'Tháng 9', '120 học sinh']] }),
    ];
    if (fill !== 'ready') controls[0].text = PLACEHOLDERS['bctt.anh'];
    var paragraphs = [
      { text: 'BÁO CÁO THÀNH TÍCH CÁ NHÂN', style: 'Title', size: 16 },
      { text: controls[0].text },
      { text: '- Họ tên: ' + controls[1].text },
      { text: '- Sinh năm: ' + controls[2].text },
      { text: '- Chức vụ, đơn vị công tác: ' + controls[3].text },
      { text: 'TÓM TẮT THÀNH TÍCH TIÊU BIỂU', style: 'Heading1', size: 14 },
    ]
      .concat((empty ? [PLACEHOLDERS['bctt.tomTat']] : summary).map(function (t) { return { text: t }; }))
      .concat([{ text: 'MÔ HÌNH HOẶC CÔNG TRÌNH THI ĐUA TIÊU BIỂU', style: 'Heading1', size: 14 }]);
    return { controls: controls, paragraphs: paragraphs };
  }

  var start = window.__wordStandInDocument || 'draft';
  var model = start === 'blank' ? { controls: [], paragraphs: [{ text: '' }] } : individual(start);
  var state = (window.__wordStandIn = {
    profile: profileId,
    selected: null,
    syncs: 0,
    runs: 0,
    handlers: [],
    /** Content-control / paragraph event registrations: tracked ones fire, untracked ones never do. */
    events: { tracked: 0, untracked: 0, paragraph: 0 },
    controls: model.controls,
    paragraphs: model.paragraphs,
    customXml: start === 'ready' ? ['<bctt:report xmlns:bctt="urn:bao-cao-thanh-tich:report" template="individual" version="1.0"/>'] : [],
    /** Documents opened with createDocument(base64).open(). */
    opened: [],
    /** Files inserted with insertFileFromBase64: where, and whether the bytes were a zip (a .docx). */
    inserted: [],
    /** Pictures put into controls: tag, base64 length, size in points. */
    pictures: [],
    /** Every refused call: { api, code }. */
    refused: [],
    /** Office.context.ui calls: openBrowserWindow and dialogs. */
    browserWindows: [],
    dialogs: [],
    settings: {},
  });
  /** Registered change handlers (paragraph events, tracked content-control events): fired after a sync changed the document. */
  var changeHandlers = [];
  function documentState() {
    return JSON.stringify([state.controls, state.paragraphs]);
  }
  function fireChanges() {
    changeHandlers.slice().forEach(function (h) { setTimeout(function () { h.handler({ type: h.type, source: 'Local' }); }, 0); });
  }

  function officeError(code, api) {
    state.refused.push({ api: api, code: code });
    var e = new Error(api + ': ' + code);
    e.name = 'RichApi.Error';
    e.code = code;
    return e;
  }
  function has(set, version) {
    var parts = set.split(' ');
    var max = profile.sets[parts[0]];
    return !!max && parseFloat(parts[1] || version) <= max + 1e-9;
  }
  function lockedAnywhere() {
    return state.controls.some(function (c) { return c.cannotDelete; });
  }
  function syncParagraphText(old, text) {
    state.paragraphs.forEach(function (p) { if (old && p.text.indexOf(old) >= 0) p.text = p.text.replace(old, text); });
  }

  function context() {
    var staged = [];
    var stage = function (fn) { staged.push(fn); };
    var refuse = function (code, api) { stage(function () { throw officeError(code, api); }); };
    var needs = function (set, api) { if (!has(set)) { refuse('ApiNotFound', api); return false; } return true; };

    function collection(getItems, extra) {
      var c = { load: function () { return c; }, getFirst: function () { return c.items[0]; } };
      Object.defineProperty(c, 'items', { get: getItems });
      for (var k in extra || {}) c[k] = extra[k];
      return c;
    }

    function table(cc) {
      var t = {
        values: cc.table.map(function (r) { return r.slice(); }),
        rowCount: cc.table.length,
        nestingLevel: 1,
        parentContentControlOrNullObject: { isNullObject: false, tag: cc.tag },
        load: function () { return t; },
        getCell: function (row, column) {
          return {
            set value(v) { stage(function () { cc.table[row][column] = v; }); },
            body: { select: function () { stage(function () { state.selected = 'cell:' + row + ',' + column; }); } },
          };
        },
        addRows: function (where, count, values) {
          stage(function () { for (var i = 0; i < count; i++) cc.table.push(values[i].slice()); });
        },
        deleteRows: function (index, count) { stage(function () { cc.table.splice(index, count); }); },
        set headerRowCount(n) { stage(function () { cc.headerRows = n; }); },
      };
      return t;
    }

    function control(cc) {
      var tracked = false;
      var item = {
        load: function () { return item; },
        track: function () { tracked = true; return item; },
        select: function () { stage(function () { state.selected = 'cc:' + cc.tag; }); },
        insertText: function (text) {
          stage(function () {
            var old = cc.text;
            cc.text = text;
            syncParagraphText(old, text);
          });
        },
        clear: function () { stage(function () { syncParagraphText(cc.text, cc.placeholderText); cc.text = cc.placeholderText; }); },
        insertInlinePictureFromBase64: function (base64) {
          var size = {};
          if ((cc.type || 'RichText') === 'Picture' && profile.web) refuse('NotAllowed', 'ContentControl.insertInlinePictureFromBase64 (picture control)');
          else stage(function () {
            cc.picture = { width: size.width, height: size.height };
            cc.text = '';
            state.pictures.push({ tag: cc.tag, base64Length: base64.length, width: size.width, height: size.height, png: base64.indexOf('iVBORw0KGgo') === 0 });
          });
          return {
            set lockAspectRatio(v) { size.lock = v; },
            set width(v) { size.width = v; },
            set height(v) { size.height = v; },
          };
        },
        insertParagraph: function () {
          if (profile.web) refuse('NotAllowed', 'ContentControl.insertParagraph');
          return {};
        },
        paragraphs: collection(function () { return []; }),
        onDataChanged: {
          add: function (handler) {
            if (!needs('WordApi 1.5', 'ContentControl.onDataChanged')) return { context: ctx, remove: function () {} };
            if (tracked) state.events.tracked++;
            else state.events.untracked++;
            var counted = tracked;
            // An untracked control's handler never fires (the events page tracks controls first).
            var entry = { type: 'contentControlDataChanged', handler: handler };
            if (counted) changeHandlers.push(entry);
            return {
              context: ctx,
              remove: function () {
                stage(function () {
                  state.events[counted ? 'tracked' : 'untracked']--;
                  changeHandlers = changeHandlers.filter(function (h) { return h !== entry; });
                });
              },
            };
          },
        },
      };
      Object.defineProperty(item, 'tag', { get: function () { return cc.tag; }, set: function (v) { stage(function () { cc.tag = v; }); } });
      Object.defineProperty(item, 'title', { get: function () { return cc.title || ''; }, set: function (v) { stage(function () { cc.title = v; }); } });
      Object.defineProperty(item, 'text', { get: function () { return cc.text; } });
      Object.defineProperty(item, 'type', { get: function () { return cc.type || 'RichText'; } });
      Object.defineProperty(item, 'placeholderText', {
        get: function () { return cc.placeholderText; },
        set: function (v) {
          if (profile.web) refuse('NotAllowed', 'ContentControl.placeholderText');
          else stage(function () { cc.placeholderText = v; });
        },
      });
      Object.defineProperty(item, 'cannotDelete', {
        get: function () { return !!cc.cannotDelete; },
        set: function (v) { stage(function () { cc.cannotDelete = v; }); },
      });
      Object.defineProperty(item, 'tables', { get: function () { return collection(function () { return cc.table ? [table(cc)] : []; }); } });
      return item;
    }

    function controlsOf(types) {
      var list = function () { return state.controls.filter(function (c) { return types.indexOf(c.type || 'RichText') >= 0; }); };
      return collection(function () { return list().map(control); }, {
        getByTag: function (tag) {
          return collection(function () { return list().filter(function (c) { return c.tag === tag; }).map(control); });
        },
      });
    }

    function paragraph(p) {
      var font = {};
      Object.defineProperty(font, 'name', { get: function () { return p.font || 'Times New Roman'; }, set: function (v) { stage(function () { p.font = v; }); } });
      Object.defineProperty(font, 'size', { get: function () { return p.size || 14; }, set: function (v) { stage(function () { p.size = v; }); } });
      return {
        text: p.text,
        styleBuiltIn: p.style || 'Normal',
        font: font,
        load: function () { return this; },
        getTextRanges: function () {
          var words = [];
          var delta = 0;
          var re = /\S+/g;
          var m;
          while ((m = re.exec(p.text))) {
            (function (start, original) {
              words.push({
                text: original,
                insertText: function (t) {
                  stage(function () {
                    var at = start + delta;
                    p.text = p.text.slice(0, at) + t + p.text.slice(at + original.length);
                    delta += t.length - original.length;
                  });
                },
              });
            })(m.index, m[0]);
          }
          return collection(function () { return words; });
        },
      };
    }

    /** insertFileFromBase64: the stand-in cannot lay out a .docx; a zip it accepts becomes an empty individual report. */
    function insertFile(where, base64, replace, options) {
      var apply = function () {
        state.inserted.push({ where: where, zip: base64.indexOf('UEsDB') === 0, base64Length: base64.length, options: options || null });
        var empty = individual('empty');
        state.controls = empty.controls;
        state.paragraphs = empty.paragraphs;
      };
      if (replace) stage(function () {
        if (lockedAnywhere()) throw officeError('NotAllowed', 'insertFileFromBase64 over controls that cannot be deleted');
        apply();
      });
      else stage(apply);
    }

    function pictures() {
      return state.controls.filter(function (c) { return c.picture; }).map(function (c) {
        return { width: c.picture.width, height: c.picture.height, parentContentControlOrNullObject: { isNullObject: false, tag: c.tag } };
      });
    }

    function customXmlParts() {
      needs('WordApi 1.4', 'Document.customXmlParts');
      return {
        getByNamespace: function () {
          var parts = function () {
            return state.customXml.map(function (xml, i) {
              return {
                id: String(i),
                getXml: function () { return { value: state.customXml[i] }; },
                setXml: function (next) { stage(function () { state.customXml[i] = next; }); },
                delete: function () { stage(function () { state.customXml[i] = ''; }); },
              };
            }).filter(function (p) { return p.getXml().value; });
          };
          return collection(parts, {
            getOnlyItemOrNullObject: function () {
              var list = parts();
              return list.length === 1 ? list[0] : { isNullObject: true, getXml: function () { return { value: null }; } };
            },
          });
        },
        add: function (xml) { stage(function () { state.customXml.push(xml); }); },
      };
    }

    function paragraphEvent(name) {
      return {
        add: function (handler) {
          if (!needs('WordApi 1.6', 'Document.' + name)) return { context: ctx, remove: function () {} };
          state.events.paragraph++;
          var entry = { type: name, handler: handler };
          changeHandlers.push(entry);
          return {
            context: ctx,
            remove: function () {
              stage(function () {
                state.events.paragraph--;
                changeHandlers = changeHandlers.filter(function (h) { return h !== entry; });
              });
            },
          };
        },
      };
    }

    var body = {
      load: function () { return body; },
      search: function (text) {
        // `^^` is a caret; another `^x` is a special character plain paragraph text never matches.
        if (/\^(?!\^)/.test(text.replace(/\^\^/g, ''))) return collection(function () { return []; });
        var plain = text.replace(/\^\^/g, '^').toLowerCase();
        return collection(function () {
          return state.paragraphs.filter(function (p) { return p.text.toLowerCase().indexOf(plain) >= 0; }).map(function (p) {
            return { text: text, select: function () { stage(function () { state.selected = 'search:' + text; }); }, paragraphs: collection(function () { return [paragraph(p)]; }) };
          });
        });
      },
      insertFileFromBase64: function (base64, where) { insertFile('body', base64, where === 'Replace'); },
    };
    Object.defineProperty(body, 'text', { get: function () { return state.paragraphs.map(function (p) { return p.text; }).join('\r'); } });
    body.paragraphs = collection(function () { return state.paragraphs.map(paragraph); });
    body.tables = collection(function () { return state.controls.filter(function (c) { return c.table; }).map(table); });
    body.inlinePictures = collection(pictures);

    var doc = {
      load: function () { return doc; },
      body: body,
      contentControls: controlsOf(['RichText']),
      getContentControls: function (options) {
        var types = (options && options.types) || ['RichText'];
        needs('WordApi 1.5', 'Document.getContentControls');
        if (types.indexOf('Picture') >= 0 && !has('WordApiDesktop 1.3')) refuse('InvalidArgument', 'ContentControlOptions.types Picture');
        return controlsOf(types);
      },
      insertFileFromBase64: function (base64, where, options) {
        if (needs('WordApi 1.5', 'Document.insertFileFromBase64')) insertFile('document', base64, where === 'Replace', options);
      },
      getSelection: function () {
        return { text: '', load: function () { return this; }, insertFileFromBase64: function (base64) { insertFile('selection', base64, false); } };
      },
      onParagraphChanged: paragraphEvent('onParagraphChanged'),
      onParagraphAdded: paragraphEvent('onParagraphAdded'),
      onParagraphDeleted: paragraphEvent('onParagraphDeleted'),
    };
    Object.defineProperty(doc, 'customXmlParts', { get: customXmlParts });
    ['sections', 'activeWindow'].forEach(function (name) {
      Object.defineProperty(doc, name, {
        get: function () {
          refuse('ApiNotFound', 'Document.' + name + ' (WordApiDesktop)');
          return { getFirst: function () { return { pageSetup: { load: function () {}, set: function () {} } }; }, activePane: { pages: collection(function () { return []; }) } };
        },
      });
    });

    var ctx = {
      finished: false,
      document: doc,
      application: {
        createDocument: function (base64) {
          return { open: function () { stage(function () { state.opened.push({ zip: base64.indexOf('UEsDB') === 0, base64Length: base64.length }); }); } };
        },
      },
      sync: function () {
        state.syncs++;
        var batch = staged.splice(0);
        if (ctx.finished) return Promise.reject(officeError('InvalidRequest', 'sync() on a finished Word.run context'));
        var before = batch.length ? documentState() : '';
        try {
          batch.forEach(function (change) { change(); });
        } catch (e) {
          return Promise.reject(e);
        }
        if (batch.length && documentState() !== before) fireChanges();
        return Promise.resolve();
      },
    };
    return ctx;
  }

  window.Word = {
    run: function (a, b) {
      var batch = typeof a === 'function' ? a : b;
      var ctx = typeof a === 'function' ? context() : a;
      state.runs++;
      ctx.finished = false;
      return Promise.resolve()
        .then(function () { return batch(ctx); })
        .finally(function () { ctx.finished = true; });
    },
  };

  // ---------------------------------------------------------------- the Office dialog
  var DIALOG_MESSAGE = 'dialogMessageReceived';
  var DIALOG_EVENT = 'dialogEventReceived';
  var openDialog = null;
  function displayDialogAsync(url, options, callback) {
    var record = { url: url, options: options || {}, messages: [], closed: false };
    state.dialogs.push(record);
    if (openDialog) return callback({ status: 'failed', error: { code: 12007, message: 'A dialog is already open.' } });
    if (!/^https:\/\//.test(url) && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) {
      return callback({ status: 'failed', error: { code: 12003, message: 'https only' } });
    }
    // A separate window, as Office's dialog is (not an iframe: sign-in pages and MSAL's redirect refuse iframes).
    var popup = window.open(url, 'officeDialog', 'popup,width=480,height=640');
    if (!popup) return callback({ status: 'failed', error: { code: 12011, message: 'The browser blocked the dialog.' } });
    var handlers = {};
    var watch = setInterval(function () {
      if (popup.closed && !record.closed) closeByUser();
    }, 200);
    var close = function () {
      if (record.closed) return;
      record.closed = true;
      clearInterval(watch);
      openDialog = null;
      try { popup.close(); } catch (_e) { /* gone */ }
    };
    var closeByUser = function () {
      close();
      if (handlers[DIALOG_EVENT]) handlers[DIALOG_EVENT]({ type: DIALOG_EVENT, error: 12006 });
    };
    openDialog = {
      deliver: function (message, origin) {
        record.messages.push(message);
        if (handlers[DIALOG_MESSAGE]) handlers[DIALOG_MESSAGE]({ type: DIALOG_MESSAGE, message: message, origin: origin });
      },
      closeByUser: closeByUser,
    };
    callback({
      status: 'succeeded',
      value: {
        addEventHandler: function (type, handler) { handlers[type] = handler; },
        close: close,
        messageChild: function () {},
      },
    });
  }
  state.closeDialogByUser = function () { if (openDialog) openDialog.closeByUser(); };
  window.__wordStandInDeliver = function (message, origin) { if (openDialog) openDialog.deliver(message, origin); };

  // ---------------------------------------------------------------- Office
  var info = { host: 'Word', platform: profile.platform };
  var fileBytes = function () {
    var b64 = window.__wordStandInFile || '';
    var raw = atob(b64);
    var out = new Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  };
  window.Office = {
    HostType: { Word: 'Word' },
    // `window.__wordStandInReadyDelayMs`: Word that starts slowly (Office.onReady answers late).
    onReady: function (callback) {
      var delay = Number(window.__wordStandInReadyDelayMs) || 0;
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, delay);
      });
    },
    context: {
      // Office's display language; a test may set window.__wordStandInDisplayLanguage first (an init script).
      displayLanguage: window.__wordStandInDisplayLanguage || 'vi-VN',
      platform: profile.platform,
      // Office's theme; a test may set window.__wordStandInOfficeTheme first (an init script), e.g. a dark one.
      officeTheme: window.__wordStandInOfficeTheme || { isDarkTheme: false, bodyBackgroundColor: '#ffffff' },
      requirements: {
        isSetSupported: function (name, version) { return has(name + ' ' + (version || '1.1')); },
      },
      document: {
        addHandlerAsync: function (type, handler, cb) { state.handlers.push(type); if (cb) cb({ status: 'succeeded' }); },
        removeHandlerAsync: function (type, options, cb) { if (cb) cb({ status: 'succeeded' }); },
        settings: {
          set: function (name, value) { state.settings[name] = { value: value, saved: false }; },
          saveAsync: function (cb) { for (var k in state.settings) state.settings[k].saved = true; if (cb) cb({ status: 'succeeded' }); },
        },
        getFileAsync: function (type, options, cb) {
          var size = (options && options.sliceSize) || 4194304;
          if (size > 4194304) return cb({ status: 'failed', error: { code: 5001, message: 'An internal error has occurred.' } });
          var bytes = fileBytes();
          var slices = [];
          for (var at = 0; at < bytes.length; at += size) slices.push(bytes.slice(at, at + size));
          cb({
            status: 'succeeded',
            value: {
              size: bytes.length,
              sliceCount: slices.length,
              getSliceAsync: function (i, done) { done({ status: 'succeeded', value: { data: slices[i], index: i, size: slices[i].length } }); },
              closeAsync: function (done) { if (done) done({ status: 'succeeded' }); },
            },
          });
        },
      },
      ui: {
        // https only (Office.context.ui.openBrowserWindow reference): anything else is refused.
        openBrowserWindow: function (url) {
          state.browserWindows.push(url);
          if (!/^https:\/\//.test(url)) throw officeError('NotSupported', 'openBrowserWindow ' + url.split(':')[0]);
        },
        displayDialogAsync: displayDialogAsync,
        // Inside a dialog opened by the stand-in: the message goes to the pane's DialogMessageReceived.
        messageParent: function (message) {
          if (!dialogOpener) throw officeError('NotSupported', 'messageParent outside a dialog');
          dialogOpener.__wordStandInDeliver(message, window.location.origin);
        },
      },
    },
  };
})();

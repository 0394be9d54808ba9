/* global window */
/*
 * A scripted Office/Word stand-in, served by the Chromium tests in place of office.js (routeOfficeJs 'word'): just
 * enough of `Office` and `Word` for the pane's Word path on a Word with WordApi 1.1-1.3 (the manifest's floor): start-up
 * (Office.onReady answers Word), the one-batch snapshot (content controls, paragraphs, tables, pictures), go to
 * (select), fixes that write text (insertText), and selection events. It is not office.js: it records what the pane
 * asked for in window.__wordStandIn, so tests can check the document it "holds".
 * Every property is plain data: load() is a no-op and sync() resolves, as after a real round trip.
 */
(function () {
  var state = (window.__wordStandIn = {
    selected: null,
    syncs: 0,
    runs: 0,
    handlers: [],
    controls: [
      { tag: 'bctt.anh', text: 'Hình 4x6', placeholderText: 'Hình 4x6' },
      { tag: 'bctt.hoTen', text: 'nguyễn thị mai', placeholderText: '(ghi đầy đủ bằng chữ in hoa, không viết tắt)' },
      { tag: 'bctt.sinhNam', text: '1984', placeholderText: '(năm sinh, ví dụ: 1984)' },
      { tag: 'bctt.chucVuDonVi', text: 'Giáo viên, Trường Tiểu học Lê Lợi, Quận 1, Thành phố Hồ Chí Minh', placeholderText: '(chức vụ, đơn vị công tác)' },
      { tag: 'bctt.tomTat', text: 'Cô Mai dạy học hai mươi năm.', placeholderText: '(Trình bày tóm tắt)' },
      { tag: 'bctt.moHinh', text: '', placeholderText: 'Bảng', table: [
        ['TT', 'Tên mô hình/ công trình', 'Đơn vị thực hiện', 'Mô tả mô hình/ công trình', 'Lộ trình triển khai', 'Kết quả đạt được'],
        ['1', 'Thư viện xanh', 'Tổ 1', 'Mô tả', 'Tháng 9', '120 học sinh'],
      ] },
    ],
    paragraphs: [
      { text: 'BÁO CÁO THÀNH TÍCH CÁ NHÂN', style: 'Title' },
      { text: 'Hình 4x6' },
      { text: '- Họ tên: nguyễn thị mai' },
      { text: '- Sinh năm: 1984' },
      { text: '- Chức vụ, đơn vị công tác: Giáo viên, Trường Tiểu học Lê Lợi, Quận 1, Thành phố Hồ Chí Minh' },
      { text: 'TÓM TẮT THÀNH TÍCH TIÊU BIỂU', style: 'Heading1' },
      { text: 'Cô Mai dạy học hai mươi năm.' },
      { text: 'MÔ HÌNH HOẶC CÔNG TRÌNH THI ĐUA TIÊU BIỂU', style: 'Heading1' },
    ],
  });

  function collection(items, extra) {
    var c = { items: items, load: function () { return c; }, getFirst: function () { return items[0]; } };
    for (var k in extra || {}) c[k] = extra[k];
    return c;
  }
  function control(cc) {
    var item = {
      tag: cc.tag,
      text: cc.text,
      placeholderText: cc.placeholderText,
      load: function () { return item; },
      select: function () { state.selected = 'cc:' + cc.tag; },
      insertText: function (text) {
        var old = cc.text;
        cc.text = text;
        state.paragraphs.forEach(function (p) { if (old && p.text.indexOf(old) >= 0) p.text = p.text.replace(old, text); });
      },
      clear: function () { cc.text = cc.placeholderText; },
      tables: collection(cc.table ? [table(cc)] : []),
    };
    return item;
  }
  function table(cc) {
    var t = {
      values: cc.table.map(function (r) { return r.slice(); }),
      rowCount: cc.table.length,
      nestingLevel: 1,
      parentContentControlOrNullObject: { isNullObject: false, tag: cc.tag },
      load: function () { return t; },
      getCell: function (row, column) {
        return { set value(v) { cc.table[row][column] = v; }, body: { select: function () { state.selected = 'cell:' + row + ',' + column; } } };
      },
    };
    return t;
  }
  function paragraph(p) {
    return { text: p.text, styleBuiltIn: p.style || 'Normal', font: { name: 'Times New Roman', size: p.style ? 16 : 14 } };
  }
  function context() {
    var controls = state.controls.map(control);
    var ctx = {
      document: {
        contentControls: collection(controls, {
          getByTag: function (tag) { return collection(state.controls.filter(function (c) { return c.tag === tag; }).map(control)); },
        }),
        body: {
          paragraphs: collection(state.paragraphs.map(paragraph)),
          tables: collection(state.controls.filter(function (c) { return c.table; }).map(table)),
          inlinePictures: collection([]),
          search: function (text) {
            var hits = state.paragraphs.filter(function (p) { return p.text.toLowerCase().indexOf(text.replace(/\^\^/g, '^').toLowerCase()) >= 0; });
            return collection(hits.map(function () { return { text: text, select: function () { state.selected = 'search:' + text; } }; }));
          },
        },
      },
      sync: function () { state.syncs++; return Promise.resolve(); },
    };
    return ctx;
  }

  window.Word = {
    run: function (a, b) {
      var batch = typeof a === 'function' ? a : b;
      state.runs++;
      return Promise.resolve().then(function () { return batch(context()); });
    },
  };
  var sets = { WordApi: '1.3', CompressedFile: '1.1' };
  var info = { host: 'Word', platform: 'PC' };
  window.Office = {
    HostType: { Word: 'Word' },
    onReady: function (callback) { if (callback) setTimeout(function () { callback(info); }, 0); return Promise.resolve(info); },
    context: {
      // Office's display language; a test may set window.__wordStandInDisplayLanguage first (an init script).
      displayLanguage: window.__wordStandInDisplayLanguage || 'vi-VN',
      platform: 'PC',
      officeTheme: { isDarkTheme: false, bodyBackgroundColor: '#ffffff' },
      requirements: {
        isSetSupported: function (name, version) {
          var max = sets[name];
          return !!max && parseFloat(version || '1.1') <= parseFloat(max);
        },
      },
      document: {
        addHandlerAsync: function (type, handler, cb) { state.handlers.push(type); if (cb) cb({ status: 'succeeded' }); },
        removeHandlerAsync: function (type, options, cb) { if (cb) cb({ status: 'succeeded' }); },
        settings: { set: function () {}, saveAsync: function (cb) { if (cb) cb({ status: 'succeeded' }); } },
      },
      ui: {},
    },
  };
})();

import {
  TONE_MARKS,
  VIETNAMESE_VOWELS,
  detectLegacy,
  fromLegacy,
  isCapitalsOnlyLegacyFont,
  legacyEncodingOfFont,
  toLegacy,
  toUpperVi,
} from '../../../src/core/text';

/** Every Vietnamese letter: 12 vowels × 6 tones, and đ (lower case, NFC). */
const LOWER_LETTERS = [
  ...VIETNAMESE_VOWELS.flatMap((v) => TONE_MARKS.map((t) => (v + t).normalize('NFC'))),
  'đ',
];
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toUpperCase());

describe('legacy fonts', () => {
  it('knows TCVN3 (ABC) and VNI fonts by name', () => {
    expect(legacyEncodingOfFont('.VnTime')).toBe('tcvn3');
    expect(legacyEncodingOfFont('.VnArialH')).toBe('tcvn3');
    expect(legacyEncodingOfFont(' .VnCentury Schoolbook ')).toBe('tcvn3');
    expect(legacyEncodingOfFont('VNI-Times')).toBe('vni');
    expect(legacyEncodingOfFont('VNI-Helve')).toBe('vni');
    expect(legacyEncodingOfFont('Times New Roman')).toBeNull();
    expect(legacyEncodingOfFont('Arial')).toBeNull();
    expect(legacyEncodingOfFont('')).toBeNull();
  });

  it('recognises the TCVN3 capitals-only fonts (…H)', () => {
    expect(isCapitalsOnlyLegacyFont('.VnTimeH')).toBe(true);
    expect(isCapitalsOnlyLegacyFont('.VnArialH')).toBe(true);
    expect(isCapitalsOnlyLegacyFont('.VnArial NarrowH')).toBe(true);
    expect(isCapitalsOnlyLegacyFont('.VnTimeH Bold')).toBe(true);
    expect(isCapitalsOnlyLegacyFont('.VnTime')).toBe(false);
    expect(isCapitalsOnlyLegacyFont('.VnArial')).toBe(false);
    expect(isCapitalsOnlyLegacyFont('VNI-Times')).toBe(false);
    expect(isCapitalsOnlyLegacyFont('Times New Roman')).toBe(false);
  });
});

describe('conversion tables', () => {
  it('cover all 73 lower-case letters with distinct codes in both encodings', () => {
    expect(LOWER_LETTERS).toHaveLength(73);
    for (const enc of ['tcvn3', 'vni'] as const) {
      const codes = LOWER_LETTERS.map((l) => toLegacy(l, enc));
      expect(new Set(codes).size).toBe(73);
      for (const c of codes) expect(c).toMatch(/^[\u0000-\u00ff]{1,2}$/);
    }
  });

  it('round-trips every lower-case letter through TCVN3 and VNI', () => {
    for (const letter of LOWER_LETTERS) {
      expect(fromLegacy(toLegacy(letter, 'tcvn3'), 'tcvn3')).toBe(letter);
      expect(fromLegacy(toLegacy(letter, 'vni'), 'vni')).toBe(letter);
    }
  });

  it('round-trips every capital through VNI', () => {
    for (const letter of UPPER_LETTERS) expect(fromLegacy(toLegacy(letter, 'vni'), 'vni')).toBe(letter);
  });

  it('round-trips every capital through a TCVN3 capitals-only (…H) font', () => {
    for (const letter of UPPER_LETTERS) {
      const legacy = toLegacy(letter, 'tcvn3', { capitalsOnly: true });
      expect(fromLegacy(legacy, 'tcvn3', { capitalsOnly: true })).toBe(letter);
    }
  });

  it('has ABC codes for the capitals Ă Â Ê Ô Ơ Ư Đ', () => {
    for (const letter of ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']) {
      const code = toLegacy(letter, 'tcvn3');
      expect(code).toHaveLength(1);
      expect(code.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(fromLegacy(code, 'tcvn3')).toBe(letter);
    }
  });

  it('matches known TCVN3 and VNI spellings', () => {
    expect(fromLegacy('Tr\u00adêng TiÓu häc TrÇn H\u00adng §¹o', 'tcvn3')).toBe('Trường Tiểu học Trần Hưng Đạo');
    expect(fromLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(fromLegacy('B¶o Th¾ng, M\u00adêng Kh\u00ad¬ng', 'tcvn3')).toBe('Bảo Thắng, Mường Khương');
    expect(fromLegacy('Tröôøng Tieåu hoïc Traàn Höng Ñaïo', 'vni')).toBe('Trường Tiểu học Trần Hưng Đạo');
    expect(fromLegacy('Xin chaøo caùc baïn', 'vni')).toBe('Xin chào các bạn');
    expect(fromLegacy('nguyeãn thò kieàu, ñi hoïc', 'vni')).toBe('nguyễn thị kiều, đi học');
  });

  it('shows …H font text in capitals', () => {
    expect(fromLegacy('ng\u00adêi tèt', 'tcvn3', { capitalsOnly: true })).toBe('NGƯỜI TỐT');
  });

  it('writes accented capitals in the ABC font with their lower-case code (no capital exists)', () => {
    expect(toLegacy('ÁNH', 'tcvn3')).toBe('¸NH');
  });

  it('leaves text outside the encoding alone and outputs NFC', () => {
    expect(fromLegacy('abc 123 ,.;', 'tcvn3')).toBe('abc 123 ,.;');
    expect(fromLegacy('abc 123 ,.;', 'vni')).toBe('abc 123 ,.;');
    expect(toLegacy('Việt'.normalize('NFD'), 'vni')).toBe('Vieät');
    expect(fromLegacy('', 'vni')).toBe('');
  });

  it('reads VNI with mixed-case marks by the case of the base letter', () => {
    expect(fromLegacy('Aù', 'vni')).toBe('Á');
    expect(fromLegacy('aÙ', 'vni')).toBe('á');
  });

  it('round-trips a whole sentence', () => {
    const text = 'Thầy giáo Nguyễn Đức Thượng hướng dẫn học sinh nghiên cứu khoa học, đạt giải Nhì cấp Thành phố.';
    expect(fromLegacy(toLegacy(text, 'vni'), 'vni')).toBe(text);
    const lower = text.toLowerCase();
    expect(fromLegacy(toLegacy(lower, 'tcvn3'), 'tcvn3')).toBe(lower);
    expect(fromLegacy(toLegacy(text, 'tcvn3', { capitalsOnly: true }), 'tcvn3', { capitalsOnly: true })).toBe(toUpperVi(text));
  });
});

describe('detectLegacy', () => {
  const UNICODE_VI =
    'Trong năm học 2025-2026, cô Nguyễn Thị Hoà đã chủ trì chuyên đề đổi mới phương pháp dạy học, khoá bồi dưỡng ngoài giờ và hoạt động trải nghiệm cho học sinh.';

  it('trusts the font name first', () => {
    expect(detectLegacy('anything', '.VnTime')).toEqual({ encoding: 'tcvn3', by: 'font' });
    expect(detectLegacy('', 'VNI-Times')).toEqual({ encoding: 'vni', by: 'font' });
  });

  it('finds TCVN3 text by its patterns', () => {
    expect(detectLegacy(toLegacy(UNICODE_VI, 'tcvn3'))).toEqual({ encoding: 'tcvn3', by: 'pattern' });
    expect(detectLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Times New Roman')).toEqual({ encoding: 'tcvn3', by: 'pattern' });
  });

  it('finds TCVN3 text written for a …H font (lower-case codes)', () => {
    expect(detectLegacy(toLegacy('NGUYỄN THỊ HƯỜNG', 'tcvn3', { capitalsOnly: true }))?.encoding).toBe('tcvn3');
  });

  it('finds VNI text by its patterns, in lower case and in capitals', () => {
    expect(detectLegacy(toLegacy(UNICODE_VI, 'vni'))).toEqual({ encoding: 'vni', by: 'pattern' });
    expect(detectLegacy('Tröôøng Tieåu hoïc Traàn Höng Ñaïo')).toEqual({ encoding: 'vni', by: 'pattern' });
    expect(detectLegacy(toLegacy('NGUYỄN THỊ HƯỜNG', 'vni'))?.encoding).toBe('vni');
  });

  it('does not flag Unicode Vietnamese, NFC or NFD', () => {
    expect(detectLegacy(UNICODE_VI)).toBeNull();
    expect(detectLegacy(UNICODE_VI.normalize('NFD'))).toBeNull();
    expect(detectLegacy('Hoà nhập cộng đồng, khoá học ngoài giờ')).toBeNull();
    expect(detectLegacy('Tôi có gì đâu')).toBeNull();
    expect(detectLegacy('TRƯỜNG TIỂU HỌC TRẦN HƯNG ĐẠO')).toBeNull();
    // Short paragraphs of Latin-1-only syllables that also spell VNI words ("Toán" = VNI "Tốn"): found by the
    // Word host's property test (test/word/keepWords.test.ts), where the conversion garbled them.
    expect(detectLegacy('Toán Toán')).toBeNull();
    expect(detectLegacy('Toán lý hóa')).toBeNull();
    expect(detectLegacy('Hoà Khoá')).toBeNull();
  });

  it('does not flag English, French, German or Spanish', () => {
    expect(detectLegacy('The school won the city prize in 2025; Microsoft® Word, ½ page.')).toBeNull();
    expect(detectLegacy('Où est la naïve Gaël ? Au café, à Noël, près de l’hôtel. Héroïque aïeul, Citroën, Zoë.')).toBeNull();
    expect(detectLegacy('Schöne Grüße aus Köln, Übung macht den Meister.')).toBeNull();
    expect(detectLegacy('El niño español en España, año señor mañana.')).toBeNull();
    expect(detectLegacy('«Bonjour» — déjà vu, voilà, août, coût, goût.')).toBeNull();
  });

  it('does not flag numbers, empty text or plain ASCII', () => {
    expect(detectLegacy('1.000 2.500,75 30/9/2023')).toBeNull();
    expect(detectLegacy('')).toBeNull();
    expect(detectLegacy('Xin chao cac ban')).toBeNull();
  });

  it('decides on huge texts too, and converts them whole', () => {
    const big = (UNICODE_VI + ' ').repeat(4000);
    expect(detectLegacy(toLegacy(big, 'vni'))?.encoding).toBe('vni');
    expect(detectLegacy(big)).toBeNull();
    expect(fromLegacy(toLegacy(big, 'vni'), 'vni')).toBe(big);
  });

  it('needs more than one legacy word to decide by pattern', () => {
    expect(detectLegacy('Vieät')).toBeNull();
    expect(detectLegacy('Vieät Nam Tröôøng')).toEqual({ encoding: 'vni', by: 'pattern' });
  });
});

/**
 * Deterministic, ordinary Vietnamese prose for layout measurements and tests: sentences built from a
 * fixed vocabulary of common phrases (school and emulation-report register), with commas and full
 * stops, grouped into paragraphs of 80–150 words. A "word" is a syllable, as Word counts them.
 */

/** mulberry32: a tiny seeded PRNG so the same seed always yields the same text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'nhà trường',
  'tập thể giáo viên',
  'ban giám hiệu',
  'tổ chuyên môn',
  'công đoàn cơ sở',
  'đội ngũ nhân viên',
  'các em học sinh',
  'chi đoàn thanh niên',
  'cô giáo chủ nhiệm',
  'thầy hiệu trưởng',
  'hội cha mẹ học sinh',
  'đơn vị',
  'mỗi thành viên',
  'tổ văn phòng',
  'liên đội',
];
const VERBS = [
  'đã tích cực tham gia',
  'luôn chủ động triển khai',
  'thường xuyên phối hợp thực hiện',
  'đã xây dựng',
  'tiếp tục duy trì',
  'đã tổ chức thành công',
  'không ngừng đổi mới',
  'đã hoàn thành tốt',
  'mạnh dạn áp dụng',
  'kiên trì thực hiện',
  'đã nhân rộng',
  'tích cực hưởng ứng',
  'đã đề xuất',
  'chú trọng nâng cao',
];
const OBJECTS = [
  'phong trào thi đua dạy tốt học tốt',
  'các hoạt động trải nghiệm cho học sinh',
  'mô hình thư viện xanh thân thiện',
  'kế hoạch bồi dưỡng chuyên môn',
  'công tác chủ nhiệm lớp',
  'phương pháp dạy học tích cực',
  'chương trình giáo dục kỹ năng sống',
  'việc ứng dụng công nghệ thông tin trong giảng dạy',
  'các chuyên đề cấp trường và cấp quận',
  'công tác phổ cập giáo dục',
  'hoạt động ngoại khóa',
  'phong trào xây dựng trường học an toàn',
  'công tác chăm sóc sức khỏe học sinh',
  'cuộc vận động học tập suốt đời',
  'các lớp học tình thương',
  'việc đọc sách mỗi ngày',
];
const PLACES = [
  'trong năm học vừa qua',
  'tại đơn vị',
  'trên địa bàn quận',
  'ở từng khối lớp',
  'trong toàn trường',
  'tại các lớp học',
  'trong suốt học kỳ',
  'cùng với phụ huynh',
  'với sự hỗ trợ của địa phương',
];
const RESULTS = [
  'góp phần nâng cao chất lượng giáo dục toàn diện',
  'tạo được sự lan tỏa tích cực trong tập thể',
  'được cấp trên ghi nhận và biểu dương',
  'mang lại nhiều kết quả thiết thực',
  'giúp học sinh tự tin và năng động hơn',
  'tỉ lệ học sinh hoàn thành chương trình đạt gần một trăm phần trăm',
  'được phụ huynh đồng tình ủng hộ',
  'trở thành điểm sáng của phong trào thi đua',
  'đạt nhiều giải thưởng ở các hội thi',
  'tạo môi trường học tập thân thiện và hiệu quả',
];
const CONNECTORS = [
  'Bên cạnh đó',
  'Ngoài ra',
  'Đặc biệt',
  'Nhờ vậy',
  'Qua đó',
  'Đồng thời',
  'Từ những kết quả trên',
  'Hằng tháng',
];

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)];
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function sentence(r: () => number): string {
  let s = `${pick(SUBJECTS, r)} ${pick(VERBS, r)} ${pick(OBJECTS, r)} ${pick(PLACES, r)}`;
  if (r() < 0.7) s += `, ${pick(RESULTS, r)}`;
  if (r() < 0.3) s += ` và ${pick(OBJECTS, r)}`;
  const start = r() < 0.35 ? `${pick(CONNECTORS, r)}, ` : '';
  return capitalise(start + s) + '.';
}

/** One paragraph of 80–150 words. */
function paragraphText(r: () => number): string {
  const target = 80 + Math.floor(r() * 71);
  const sentences: string[] = [];
  let words = 0;
  while (words < target) {
    const s = sentence(r);
    sentences.push(s);
    words += countWords(s);
  }
  return sentences.join(' ');
}

/** Paragraphs totalling at least `words` words (the last paragraph is trimmed to land exactly). */
export function vietnameseProse(words: number, seed = 1307): string[] {
  const r = rng(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const p = paragraphText(r);
    const n = countWords(p);
    if (total + n <= words) {
      paragraphs.push(p);
      total += n;
    } else {
      const keep = p
        .split(' ')
        .slice(0, words - total)
        .join(' ')
        .replace(/[,.]?$/, '.');
      paragraphs.push(keep);
      total = words;
    }
  }
  return paragraphs.map((p) => p.normalize('NFC'));
}

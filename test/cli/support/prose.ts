/**
 * Deterministic Vietnamese report prose for the command-line tests, the layout oracle and the benchmark:
 * exactly N words (Word's count: whitespace-separated tokens, punctuation attached to a word), varied by a seed.
 */

const PHRASES = [
  'đổi mới phương pháp dạy học',
  'ứng dụng công nghệ thông tin',
  'nâng cao chất lượng giáo dục toàn diện',
  'phong trào thi đua dạy tốt, học tốt',
  'bồi dưỡng học sinh giỏi cấp Thành phố',
  'phụ đạo học sinh có hoàn cảnh khó khăn',
  'xây dựng trường học xanh, sạch, đẹp',
  'tổ chức chuyên đề sinh hoạt chuyên môn',
  'phối hợp chặt chẽ với cha mẹ học sinh',
  'giữ vững kỷ cương, nền nếp trường lớp',
  'hướng dẫn đồng nghiệp trẻ mới về trường',
  'thực hiện chương trình giáo dục phổ thông mới',
  'đạt giải nhất hội thi giáo viên dạy giỏi',
  'lan tỏa mô hình thư viện thân thiện',
  'được Ủy ban nhân dân Quận tặng giấy khen',
  'tỉ lệ học sinh hoàn thành chương trình đạt cao',
];
const OPENERS = ['Trong năm học vừa qua,', 'Bên cạnh đó,', 'Đặc biệt,', 'Ngoài ra,', 'Nhờ vậy,', 'Song song với việc', 'Từ tháng 9/2025,'];
const SUBJECTS = ['tập thể giáo viên', 'nhà trường', 'tổ chuyên môn', 'bản thân tôi', 'ban giám hiệu', 'Đoàn trường'];
const VERBS = ['đã tích cực', 'luôn chủ động', 'kiên trì', 'thường xuyên', 'đã mạnh dạn'];

/** A small seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Paragraphs of prose totalling exactly `words` words; paragraphs hold about `perParagraph` words. */
export function proseParagraphs(words: number, seed = 1, perParagraph = 110): string[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const tokens: string[] = [];
  while (tokens.length < words) {
    const sentence = `${pick(OPENERS)} ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(PHRASES)}, ${pick(PHRASES)} và ${pick(PHRASES)}.`;
    tokens.push(...sentence.split(' '));
  }
  tokens.length = words;
  if (words > 0 && !/[.!?]$/.test(tokens[words - 1])) tokens[words - 1] = tokens[words - 1].replace(/[,;]$/, '') + '.';
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const token of tokens) {
    current.push(token);
    if (current.length >= perParagraph && /[.]$/.test(token)) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

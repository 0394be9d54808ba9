/**
 * The content the end-to-end flow types into the pane, and the summary written "in Word".
 *
 * The summary (phần tóm tắt, about 1,000 words) is free text people write in Word itself: the pane guides it (writing
 * guide, word gauge) but has no form for it. So the e2e flow gets it the way a person does outside the pane: the
 * command line makes a template whose only content is the summary, standing for "the person wrote the summary in
 * Word and saved the file". Every other part (name, birth year, position and unit, photo, models table) is filled
 * through the pane's forms.
 */

export const FIELDS = {
  hoTen: 'NGUYỄN THỊ THANH HƯƠNG',
  sinhNam: '1984',
  chucVuDonVi: 'Giáo viên chủ nhiệm lớp 5/2, Trường Tiểu học Nguyễn Bỉnh Khiêm, Phường Sài Gòn, Thành phố Hồ Chí Minh',
} as const;

export const MODELS = [
  {
    ten: 'Thư viện xanh trong lớp học',
    donVi: 'Trường Tiểu học Nguyễn Bỉnh Khiêm',
    moTa: 'Góc đọc sách do học sinh tự quản, sách quyên góp từ phụ huynh; mỗi tuần một tiết đọc và kể chuyện theo nhóm.',
    loTrinh: 'Tháng 9: xây dựng góc đọc; tháng 10: tổ chức tiết đọc hằng tuần; tháng 11: ngày hội đọc sách toàn khối.',
    ketQua: '100% học sinh lớp 5/2 đọc ít nhất 4 cuốn sách mỗi tháng; mô hình được nhân rộng ra 6 lớp của khối 5.',
  },
  {
    ten: 'Sổ tay tiếng Việt số',
    donVi: 'Tổ chuyên môn khối 5',
    moTa: 'Bộ phiếu luyện chính tả và từ vựng trên máy tính bảng, có đáp án tức thì, giúp học sinh tự ôn tập ở nhà.',
    loTrinh: 'Quý 3: soạn 40 phiếu; quý 4: thử nghiệm ở 3 lớp, lấy ý kiến phụ huynh và điều chỉnh.',
    ketQua: 'Tỉ lệ bài chính tả đạt điểm giỏi tăng từ 62% lên 81%; tổ chuyên môn đưa vào kế hoạch năm học.',
  },
] as const;

const INTRO = [
  '1. Thành tích xuất sắc, tiêu biểu trong các phong trào thi đua',
  'Trong quý, tôi được phân công chủ nhiệm lớp 5/2 với 38 học sinh và dạy các môn Tiếng Việt, Toán. Tôi luôn thực hiện nghiêm túc chương trình giáo dục phổ thông, xây dựng kế hoạch bài dạy theo hướng phát triển phẩm chất và năng lực, chú trọng tổ chức hoạt động học tập theo nhóm để học sinh được trao đổi, tự tin trình bày ý kiến. Tôi tích cực hưởng ứng phong trào thi đua "Đổi mới, sáng tạo trong dạy và học", phong trào "Xây dựng trường học hạnh phúc" và cuộc vận động "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo".',
];

/** Twelve weeks of the quarter, each with what was done in class: varied text, not one sentence repeated. */
const WEEKS: readonly [string, string][] = [
  ['đầu tiên', 'khảo sát năng lực đọc hiểu của từng em và lập hồ sơ theo dõi riêng cho 7 học sinh cần hỗ trợ thêm'],
  ['thứ hai', 'thành lập góc đọc sách của lớp, phụ huynh quyên góp 215 cuốn sách thiếu nhi và truyện tranh khoa học'],
  ['thứ ba', 'tổ chức tiết học mẫu môn Tiếng Việt cho tổ chuyên môn với chủ đề kể chuyện theo tranh bằng sơ đồ tư duy'],
  ['thứ tư', 'hướng dẫn học sinh làm sản phẩm tái chế từ chai nhựa để trang trí lớp học và vườn trường'],
  ['thứ năm', 'phối hợp với ban đại diện cha mẹ học sinh tổ chức buổi sinh hoạt chuyên đề về an toàn giao thông'],
  ['thứ sáu', 'bồi dưỡng đội tuyển học sinh tham gia hội thi viết chữ đẹp cấp trường, năm em đạt giải'],
  ['thứ bảy', 'thử nghiệm bộ phiếu luyện chính tả trên máy tính bảng, học sinh hào hứng và tự ôn tập ở nhà'],
  ['thứ tám', 'dự giờ, góp ý cho hai đồng nghiệp mới về cách tổ chức hoạt động nhóm và đánh giá thường xuyên'],
  ['thứ chín', 'tổ chức ngày hội đọc sách toàn khối năm, học sinh lớp tôi dẫn chương trình và giới thiệu sách'],
  ['thứ mười', 'vận động học sinh và phụ huynh ủng hộ áo ấm, tập vở cho học sinh có hoàn cảnh khó khăn của trường bạn'],
  ['thứ mười một', 'hoàn thiện sáng kiến kinh nghiệm về rèn kĩ năng đọc hiểu cho học sinh lớp năm qua góc đọc sách'],
  [
    'cuối cùng',
    'tổng kết, đánh giá sự tiến bộ của từng em và trao đổi kết quả với cha mẹ học sinh qua sổ liên lạc điện tử',
  ],
];

const RECOGNITION = [
  '2. Hiệu quả được thừa nhận, suy tôn',
  'Kết quả cuối quý, 100% học sinh lớp 5/2 hoàn thành tốt các môn học và hoạt động giáo dục; 31 em được khen thưởng về học tập và rèn luyện; tỉ lệ bài chính tả đạt điểm giỏi tăng từ 62% lên 81%. Tôi được Ban giám hiệu đánh giá hoàn thành xuất sắc nhiệm vụ trong đợt kiểm tra chuyên môn, được Hội đồng thi đua nhà trường đề nghị khen thưởng và được phụ huynh học sinh tín nhiệm qua phiếu khảo sát cuối quý với 97% ý kiến hài lòng. Tiết dạy mẫu của tôi được tổ chuyên môn chọn làm tư liệu bồi dưỡng giáo viên mới của trường.',
];

const SPREAD = [
  '3. Sự lan tỏa tại cơ quan, đơn vị, địa phương',
  'Mô hình "Thư viện xanh trong lớp học" đã được nhân rộng ra sáu lớp của khối năm; nhà trường giao cho tôi hướng dẫn các lớp khác cách tổ chức góc đọc do học sinh tự quản. Bộ phiếu luyện chính tả được tổ chuyên môn đưa vào kế hoạch năm học và chia sẻ với hai trường tiểu học trong phường qua buổi sinh hoạt cụm chuyên môn. Hoạt động quyên góp áo ấm, tập vở lan tỏa đến cha mẹ học sinh toàn trường, góp phần xây dựng tinh thần sẻ chia trong cộng đồng. Tôi sẽ tiếp tục học hỏi, đổi mới phương pháp để phong trào thi đua của đơn vị ngày càng hiệu quả.',
];

export function summaryParagraphs(): string[] {
  const weeks = WEEKS.map(
    ([n, what], i) =>
      `Tuần ${n} của quý (tuần ${i + 1}), tôi ${what}. Qua hoạt động này, học sinh được rèn luyện tinh thần tự giác, kĩ năng hợp tác và trình bày trước tập thể; tôi ghi nhận những điểm làm tốt và những điểm cần điều chỉnh để áp dụng cho các tuần tiếp theo, đồng thời báo cáo với tổ trưởng chuyên môn.`,
  );
  return [...INTRO, ...weeks, ...RECOGNITION, ...SPREAD];
}

export function summaryWordCount(): number {
  return summaryParagraphs()
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

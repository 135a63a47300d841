/**
 * Queries readers really type, each with every document of documents.ts that answers it, as a
 * reader would judge it (not as any engine happens to rank it). Kinds: plain, no-diacritics, other
 * tone placement, NFD, typo, unfinished last word, phrase, exact-diacritics preference, stop word
 * inside a phrase, upper case, and recency (equally relevant texts where the newer must win: for
 * a superseded weekly notice only the current one counts as an answer).
 */
export const QUERY_KINDS = [
  'plain',
  'no-diacritics',
  'tone-placement',
  'nfd',
  'typo',
  'prefix',
  'phrase',
  'exact-diacritics',
  'stop-word',
  'case',
  'recency',
] as const;

export type QueryKind = (typeof QUERY_KINDS)[number];

export interface QualityQuery {
  q: string;
  kind: QueryKind;
  relevant: string[];
}

const nfd = (s: string) => s.normalize('NFD');

export const queries: QualityQuery[] = [
  { q: 'ban ghe', kind: 'no-diacritics', relevant: ['d01'] },
  { q: 'bàn', kind: 'exact-diacritics', relevant: ['d01', 'd03'] },
  { q: 'bán', kind: 'exact-diacritics', relevant: ['d02', 'd04', 'd38', 'd42', 'd46'] },
  { q: 'bạn trẻ', kind: 'exact-diacritics', relevant: ['d05'] },
  { q: 'hoà bình', kind: 'tone-placement', relevant: ['d06'] },
  { q: 'hoa binh', kind: 'no-diacritics', relevant: ['d06'] },
  { q: 'thuỷ điện', kind: 'tone-placement', relevant: ['d14', 'd15'] },
  { q: 'thuy dien', kind: 'no-diacritics', relevant: ['d14', 'd15'] },
  { q: nfd('Đại hội Đảng bộ'), kind: 'nfd', relevant: ['d08'] },
  { q: nfd('ruộng bậc thang'), kind: 'nfd', relevant: ['d25'] },
  { q: 'dai hoi dang bo', kind: 'phrase', relevant: ['d08'] },
  { q: 'đại hội thể thao', kind: 'phrase', relevant: ['d09'] },
  { q: 'dai hoi', kind: 'phrase', relevant: ['d08', 'd09'] },
  { q: 'ca phe', kind: 'no-diacritics', relevant: ['d16', 'd17'] },
  { q: 'cà ph', kind: 'prefix', relevant: ['d16', 'd17'] },
  { q: 'nông th', kind: 'prefix', relevant: ['d06', 'd26'] },
  { q: 'Mường T', kind: 'prefix', relevant: ['d08', 'd34'] },
  { q: 'hợp tác x', kind: 'prefix', relevant: ['d17'] },
  { q: 'người con của núi rừng', kind: 'stop-word', relevant: ['d20'] },
  { q: 'phiên chợ của những người', kind: 'stop-word', relevant: ['d35'] },
  { q: 'con đường của bản', kind: 'stop-word', relevant: ['d21'] },
  { q: 'mắc ca', kind: 'plain', relevant: ['d22', 'd23', 'd24'] },
  { q: 'giáo viênn', kind: 'typo', relevant: ['d11', 'd12', 'd60'] },
  { q: 'bien phongg', kind: 'typo', relevant: ['d13', 'd72'] },
  { q: 'thyu dien', kind: 'typo', relevant: ['d14', 'd15'] },
  { q: 'lu quets', kind: 'typo', relevant: ['d28', 'd29'] },
  { q: 'Mù Cang Chảii', kind: 'typo', relevant: ['d25'] },
  { q: 'sầu rieeng', kind: 'typo', relevant: ['d36'] },
  { q: 'ruong bac thang', kind: 'no-diacritics', relevant: ['d25'] },
  { q: 'vắc xin sởi', kind: 'plain', relevant: ['d31'] },
  { q: 'vac xin', kind: 'no-diacritics', relevant: ['d31'] },
  { q: 'bắn nỏ', kind: 'exact-diacritics', relevant: ['d33', 'd09'] },
  { q: 'khám bệnh miễn phí', kind: 'phrase', relevant: ['d30'] },
  { q: 'kham benh', kind: 'no-diacritics', relevant: ['d30'] },
  { q: 'chè shan tuyết', kind: 'plain', relevant: ['d18', 'd64'] },
  { q: 'che shan tuyet co thu', kind: 'no-diacritics', relevant: ['d18'] },
  { q: 'thổ cẩm', kind: 'plain', relevant: ['d19'] },
  { q: 'hoa ban', kind: 'phrase', relevant: ['d07'] },
  { q: 'du lịch Tả Van', kind: 'plain', relevant: ['d03'] },
  { q: 'HỢP TÁC XÃ', kind: 'case', relevant: ['d17'] },
  { q: 'OCOP', kind: 'case', relevant: ['d17'] },
  { q: 'bóng đá thiếu niên', kind: 'phrase', relevant: ['d32'] },
  { q: 'sat lo dat', kind: 'no-diacritics', relevant: ['d28'] },
  { q: 'giáo viên cắm bản', kind: 'phrase', relevant: ['d12'] },

  // Same folded words, other diacritics: the distractor has more of them or is shorter.
  { q: 'giá cả', kind: 'exact-diacritics', relevant: ['d37'] },
  { q: 'giá cá', kind: 'exact-diacritics', relevant: ['d38'] },
  { q: 'sữa chua', kind: 'exact-diacritics', relevant: ['d39'] },
  { q: 'sửa chữa', kind: 'exact-diacritics', relevant: ['d40'] },
  { q: 'bản đồ', kind: 'exact-diacritics', relevant: ['d41'] },
  { q: 'bản đồ cũ', kind: 'exact-diacritics', relevant: ['d41'] },
  { q: 'bán đồ cũ', kind: 'exact-diacritics', relevant: ['d42'] },
  { q: 'trưởng bản', kind: 'exact-diacritics', relevant: ['d43'] },
  { q: 'thưởng Tết', kind: 'exact-diacritics', relevant: ['d45'] },
  { q: 'đàn tính', kind: 'exact-diacritics', relevant: ['d34', 'd49'] },
  { q: 'dẫn đầu', kind: 'exact-diacritics', relevant: ['d51'] },
  { q: 'mưa đá', kind: 'exact-diacritics', relevant: ['d55'] },
  // Without diacritics the phrase still decides: "ma so thue" is a fixed term.
  { q: 'ma so thue', kind: 'no-diacritics', relevant: ['d47'] },
  { q: 'nuoc sach', kind: 'no-diacritics', relevant: ['d61'] },
  // Typed without marks, "thuong tet" is the Tết bonus: only there are the two words adjacent.
  { q: 'thuong tet', kind: 'no-diacritics', relevant: ['d45'] },

  // The phrase in one document, its words scattered (and more often) in another.
  { q: 'mã số thuế', kind: 'phrase', relevant: ['d47'] },
  { q: 'an toàn giao thông', kind: 'phrase', relevant: ['d57'] },
  { q: 'nước sạch', kind: 'phrase', relevant: ['d61'] },
  { q: 'tuyết rơi', kind: 'phrase', relevant: ['d63'] },
  { q: 'học sinh giỏi', kind: 'phrase', relevant: ['d59'] },
  { q: 'cầu treo', kind: 'phrase', relevant: ['d40'] },
  { q: 'bà mẹ và trẻ em', kind: 'stop-word', relevant: ['d70'] },
  { q: 'sống chung với lũ', kind: 'stop-word', relevant: ['d53'] },
  { q: 'song chung voi lu', kind: 'stop-word', relevant: ['d53'] },
  { q: 'đất và người', kind: 'stop-word', relevant: ['d76'] },
  { q: 'những người lính', kind: 'stop-word', relevant: ['d72'] },
  { q: 'dat va nguoi', kind: 'stop-word', relevant: ['d76'] },
  { q: 'nhung nguoi linh', kind: 'stop-word', relevant: ['d72'] },

  // Tone placement, other style than the text.
  { q: 'hòa giải', kind: 'tone-placement', relevant: ['d74'] },
  { q: 'sức khoẻ', kind: 'tone-placement', relevant: ['d70', 'd71'] },
  { q: 'khỏe mạnh', kind: 'tone-placement', relevant: ['d70', 'd71'] },
  { q: 'uỷ ban nhân dân', kind: 'tone-placement', relevant: ['d69'] },

  // Unfinished last word with many competing completions ("xã" for "xă", "quyên" for "q", …).
  { q: 'lũ q', kind: 'prefix', relevant: ['d28', 'd29'] },
  // Last week's fuel price (d68) is superseded, as in the recency queries below.
  { q: 'giá xă', kind: 'prefix', relevant: ['d67'] },
  { q: 'sữa ch', kind: 'prefix', relevant: ['d39'] },
  { q: 'Hoà B', kind: 'prefix', relevant: ['d06'] },
  { q: 'thưởng T', kind: 'prefix', relevant: ['d45'] },

  // One typo in a word of four letters or more ("Fanxipan" is a common misspelling; "ngèo" lacks the h).
  { q: 'Fanxipan', kind: 'typo', relevant: ['d63'] },
  { q: 'thoát ngèo', kind: 'typo', relevant: ['d22'] },
  { q: 'an toàn giao thonng', kind: 'typo', relevant: ['d57'] },

  // Equal text a week apart: this week's notice first.
  { q: 'lịch cắt điện', kind: 'recency', relevant: ['d65'] },
  { q: 'giá xăng dầu', kind: 'recency', relevant: ['d67'] },

  { q: nfd('sữa chua'), kind: 'nfd', relevant: ['d39'] },
  { q: nfd('Đất và người'), kind: 'nfd', relevant: ['d76'] },
  { q: 'MƯA ĐÁ', kind: 'case', relevant: ['d55'] },
  { q: 'ĐÀN TÍNH', kind: 'case', relevant: ['d34', 'd49'] },
  { q: 'HOÀ GIẢI', kind: 'case', relevant: ['d74'] },
];

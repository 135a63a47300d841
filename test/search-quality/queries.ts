/**
 * Queries readers really type, each with every document of documents.ts that answers it. Kinds:
 * plain, no-diacritics, other tone placement, NFD, typo, unfinished last word, phrase,
 * exact-diacritics preference and stop word inside a phrase.
 */
export type QueryKind = 'plain' | 'no-diacritics' | 'tone-placement' | 'nfd' | 'typo' | 'prefix' | 'phrase' | 'exact-diacritics' | 'stop-word' | 'case';

export interface QualityQuery {
  q: string;
  kind: QueryKind;
  relevant: string[];
}

const nfd = (s: string) => s.normalize('NFD');

export const queries: QualityQuery[] = [
  { q: 'ban ghe', kind: 'no-diacritics', relevant: ['d01'] },
  { q: 'bàn', kind: 'exact-diacritics', relevant: ['d01', 'd03'] },
  { q: 'bán', kind: 'exact-diacritics', relevant: ['d02', 'd04'] },
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
  { q: 'giáo viênn', kind: 'typo', relevant: ['d11', 'd12'] },
  { q: 'bien phongg', kind: 'typo', relevant: ['d13'] },
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
  { q: 'chè shan tuyết', kind: 'plain', relevant: ['d18'] },
  { q: 'che shan tuyet co thu', kind: 'no-diacritics', relevant: ['d18'] },
  { q: 'thổ cẩm', kind: 'plain', relevant: ['d19'] },
  { q: 'hoa ban', kind: 'phrase', relevant: ['d07'] },
  { q: 'du lịch Tả Van', kind: 'plain', relevant: ['d03'] },
  { q: 'HỢP TÁC XÃ', kind: 'case', relevant: ['d17'] },
  { q: 'OCOP', kind: 'case', relevant: ['d17'] },
  { q: 'bóng đá thiếu niên', kind: 'phrase', relevant: ['d32'] },
  { q: 'sat lo dat', kind: 'no-diacritics', relevant: ['d28'] },
  { q: 'giáo viên cắm bản', kind: 'phrase', relevant: ['d12'] },
];

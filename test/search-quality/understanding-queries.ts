/**
 * Queries for understanding-documents.ts, each with every document that answers it, as a reader
 * would judge it. Kinds: abbreviations both ways, numbers as written, spelling and loanword
 * variants with ethnic names and regional synonyms, questions with extra words, keystrokes of an
 * input method that was off (Telex, VNI), typos that land on real words, the level tone of a plain
 * word in a marked query and whole words before completions, rare names that must not be corrected.
 */
export const UNDERSTANDING_KINDS = ['abbreviation', 'number', 'variant', 'question', 'input-method', 'real-word-typo', 'tone', 'rare-name'] as const;

export interface UnderstandingQuery {
  q: string;
  kind: (typeof UNDERSTANDING_KINDS)[number];
  relevant: string[];
}

export const understandingQueries: UnderstandingQuery[] = [
  { q: 'UBND tỉnh nước sạch', kind: 'abbreviation', relevant: ['u01'] },
  { q: 'ủy ban nhân dân tỉnh nước sạch', kind: 'abbreviation', relevant: ['u01'] },
  { q: 'uy ban nhan dan huyen', kind: 'abbreviation', relevant: ['u02'] },
  { q: 'UBND huyện Mường Tè', kind: 'abbreviation', relevant: ['u02'] },
  { q: 'HĐND tỉnh', kind: 'abbreviation', relevant: ['u03'] },
  { q: 'hội đồng nhân dân tỉnh kỳ họp', kind: 'abbreviation', relevant: ['u03'] },
  { q: 'HĐND huyện Sìn Hồ', kind: 'abbreviation', relevant: ['u04'] },
  { q: 'CSGT huyện học sinh', kind: 'abbreviation', relevant: ['u06'] },
  { q: 'cảnh sát giao thông xe quá tải', kind: 'abbreviation', relevant: ['u05'] },
  { q: 'KCN Tam Đường', kind: 'abbreviation', relevant: ['u07'] },
  { q: 'khu công nghiệp Phong Thổ', kind: 'abbreviation', relevant: ['u08'] },
  { q: 'BQL rừng phòng hộ', kind: 'abbreviation', relevant: ['u09'] },
  { q: 'MTTQ tỉnh nhà đại đoàn kết', kind: 'abbreviation', relevant: ['u10'] },
  { q: 'thành phố Hồ Chí Minh siêu thị', kind: 'abbreviation', relevant: ['u46'] },
  { q: 'TPHCM nông sản', kind: 'abbreviation', relevant: ['u46'] },

  { q: 'giá lúa 7.500 đồng', kind: 'number', relevant: ['u11'] },
  { q: 'giá lúa 7500', kind: 'number', relevant: ['u11'] },
  { q: 'giá lúa 7 500 đồng', kind: 'number', relevant: ['u11'] },
  { q: '6500 đồng', kind: 'number', relevant: ['u12'] },
  { q: '25000 cây giống', kind: 'number', relevant: ['u13'] },
  { q: '25 000 cây quế', kind: 'number', relevant: ['u13'] },
  { q: '15.000 cây giống quế', kind: 'number', relevant: ['u14'] },
  { q: 'lãi suất 3,5%', kind: 'number', relevant: ['u15'] },
  { q: 'lãi suất 5%', kind: 'number', relevant: ['u16'] },
  { q: 'Km105', kind: 'number', relevant: ['u17'] },
  { q: 'km 105', kind: 'number', relevant: ['u17'] },
  { q: 'Km105+200 sạt lở', kind: 'number', relevant: ['u17'] },
  { q: 'km 98', kind: 'number', relevant: ['u18'] },
  { q: 'năm 2018 nhà văn hóa', kind: 'number', relevant: ['u19'] },
  { q: 'nhà văn hóa năm 2019', kind: 'number', relevant: ['u20'] },

  { q: 'ôtô khách lật', kind: 'variant', relevant: ['u22'] },
  { q: 'xe hơi lật đèo', kind: 'variant', relevant: ['u22'] },
  { q: 'internet 100% số bản', kind: 'variant', relevant: ['u24'] },
  { q: 'in tơ nét', kind: 'variant', relevant: ['u24'] },
  { q: 'vaccine sởi', kind: 'variant', relevant: ['u25'] },
  { q: 'vắcxin sởi', kind: 'variant', relevant: ['u25'] },
  { q: 'người Cơ Ho dệt thổ cẩm', kind: 'variant', relevant: ['u26'] },
  { q: "K'Ho", kind: 'variant', relevant: ['u26'] },
  { q: 'Xơ Đăng mừng lúa mới', kind: 'variant', relevant: ['u27'] },
  { q: 'người Bahnar nhà rông', kind: 'variant', relevant: ['u28'] },
  { q: 'bắp lai đất dốc', kind: 'variant', relevant: ['u29'] },
  { q: 'thơm Tam Đường', kind: 'variant', relevant: ['u30'] },
  { q: 'khóm Tam Đường thu hoạch', kind: 'variant', relevant: ['u30'] },
  { q: 'ngô lai', kind: 'variant', relevant: ['u29'] },

  { q: 'giá cà phê hôm nay bao nhiêu', kind: 'question', relevant: ['u32'] },
  { q: 'giá cà phê năm nay bao nhiêu tiền', kind: 'question', relevant: ['u32'] },
  { q: 'ai được hỗ trợ làm nhà', kind: 'question', relevant: ['u33'] },
  { q: 'hộ nghèo được hỗ trợ làm nhà như thế nào', kind: 'question', relevant: ['u33'] },
  { q: 'khi nào thi vào lớp 10', kind: 'question', relevant: ['u34'] },
  { q: 'lịch thi lớp 10 là ngày nào', kind: 'question', relevant: ['u34'] },
  { q: 'xã nào đạt chuẩn nông thôn mới', kind: 'question', relevant: ['u35'] },
  { q: 'giá lúa hôm nay là bao nhiêu', kind: 'question', relevant: ['u11', 'u12'] },
  { q: 'sạt lở quốc lộ 4D ở đâu', kind: 'question', relevant: ['u17', 'u18'] },
  { q: 'nhà rông của người Ba Na ở đâu', kind: 'question', relevant: ['u28'] },
  { q: 'ô tô khách bị lật ở đèo nào', kind: 'question', relevant: ['u22'] },
  { q: 'trạm y tế xã có vắc-xin sởi chưa', kind: 'question', relevant: ['u25'] },

  { q: 'chuaanr bij ddoons Teets', kind: 'input-method', relevant: ['u36'] },
  { q: 'beenhj vieenj huyeenj', kind: 'input-method', relevant: ['u37'] },
  { q: 'gias luas', kind: 'input-method', relevant: ['u11', 'u12'] },
  { q: 'deetj thoor caamr', kind: 'input-method', relevant: ['u26'] },
  { q: 'hoox trowj lamf nhaf', kind: 'input-method', relevant: ['u33'] },
  { q: 'ca2 phe6 nha6n', kind: 'input-method', relevant: ['u32'] },
  { q: 'nha2 ro6ng', kind: 'input-method', relevant: ['u28'] },
  { q: 'sa5t lo73 quo61c lo65', kind: 'input-method', relevant: ['u17', 'u18'] },
  { q: 'ddeof Pha ddin', kind: 'input-method', relevant: ['u22'] },
  { q: 'nuwowcs sachj', kind: 'input-method', relevant: ['u01', 'u02'] },

  { q: 'chẩn bị đón Tết', kind: 'real-word-typo', relevant: ['u36'] },
  { q: 'sắp sếp khoa cấp cứu', kind: 'real-word-typo', relevant: ['u37'] },
  { q: 'bệnh việt huyện', kind: 'real-word-typo', relevant: ['u37'] },
  { q: 'trấn chỉnh thu phí chợ', kind: 'real-word-typo', relevant: ['u38'] },
  { q: 'lông thôn mới', kind: 'real-word-typo', relevant: ['u35'] },
  { q: 'giá lúa dảm', kind: 'real-word-typo', relevant: ['u12'] },

  { q: 'Nguyễn Văn Hung', kind: 'tone', relevant: ['u39'] },
  { q: 'Nguyễn Văn Hùng', kind: 'tone', relevant: ['u40'] },
  { q: 'Nguyễn Văn Hưng', kind: 'tone', relevant: ['u41'] },
  { q: 'ông Văn Hung bằng khen', kind: 'tone', relevant: ['u39'] },
  { q: 'hồ', kind: 'tone', relevant: ['u42', 'u04'] },
  { q: 'hồ Pá Khoang', kind: 'tone', relevant: ['u42'] },

  { q: 'Nậm Cuổi', kind: 'rare-name', relevant: ['u44'] },
  { q: 'bản Nậm Cuổi có điện', kind: 'rare-name', relevant: ['u44'] },
  { q: 'Nậm Ngà', kind: 'rare-name', relevant: ['u45'] },
  { q: 'đám cưới bản', kind: 'rare-name', relevant: ['u45'] },
];

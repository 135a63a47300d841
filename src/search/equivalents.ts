import { formatInteger } from '../vi/numbers.js';
/**
 * Words Vietnamese news writes several ways, each line a set of equivalent forms: the
 * administrative and everyday abbreviations, place names with and without dots, loanwords in
 * their Vietnamese and original spelling, ethnic groups' names with and without apostrophe, and
 * regional synonyms. A query in one form also searches the others (variants.ts), so nothing here
 * needs the index rebuilt; the newsroom adds its own lines in its settings (same format: forms
 * separated by "=").
 */
export const BUILT_IN_EQUIVALENTS = `
UBND = Ủy ban nhân dân
HĐND = Hội đồng nhân dân
MTTQ = Mặt trận Tổ quốc
BQL = Ban quản lý
BCH = Ban chấp hành
BCĐ = Ban chỉ đạo
CSGT = Cảnh sát giao thông
CSCĐ = Cảnh sát cơ động
PCCC = Phòng cháy chữa cháy
KCN = Khu công nghiệp
CCN = Cụm công nghiệp
KKT = Khu kinh tế
THPT = Trung học phổ thông
THCS = Trung học cơ sở
ĐH = Đại học
BHXH = Bảo hiểm xã hội
BHYT = Bảo hiểm y tế
GD-ĐT = GDĐT = Giáo dục và Đào tạo
NN-PTNT = NN&PTNT = Nông nghiệp và Phát triển nông thôn
TN-MT = TN&MT = Tài nguyên và Môi trường
LĐ-TB&XH = LĐTBXH = Lao động - Thương binh và Xã hội
VH-TT&DL = VHTTDL = Văn hóa, Thể thao và Du lịch
GTVT = Giao thông vận tải
KH-ĐT = KHĐT = Kế hoạch và Đầu tư
ATGT = An toàn giao thông
ATTP = An toàn thực phẩm
VSATTP = Vệ sinh an toàn thực phẩm
NTM = Nông thôn mới
XKLĐ = Xuất khẩu lao động
HTX = Hợp tác xã
QL = Quốc lộ
ĐBSCL = Đồng bằng sông Cửu Long
TP.HCM = TPHCM = TP HCM = Thành phố Hồ Chí Minh
Tp. Hà Nội = TP Hà Nội = Thành phố Hà Nội
ô tô = ôtô = xe hơi
in-tơ-nét = internet
vi-rút = virus
vắc-xin = vaccine = vắcxin
COVID-19 = Covid 19 = COVID19
ma-két-tinh = marketing
K'Ho = Cơ Ho = Kơ Ho
Xơ Đăng = Xơ-đăng = Sơ Đăng
Ba Na = Bahnar
Ê Đê = Ê-đê = Êđê
Gia Rai = Jrai = Gia-rai
M'Nông = Mnông = Mơ Nông
H'Mông = Hmông = Mông
Khơ Mú = Khơ-mú = Khmu
bắp = ngô
thơm = dứa = khóm
heo = lợn
muỗng = thìa
`;

/** Where the newsroom's own lines are kept (the settings table). */
export const EQUIVALENTS_SETTING = 'search_equivalents';

/** Parses lines of "form = form = …": at least two non-empty forms a line; others are ignored. */
export function parseEquivalents(text: string): string[][] {
  return text
    .split('\n')
    .map((line) =>
      line
        .split('=')
        .map((form) => form.normalize('NFC').trim())
        .filter((form) => form !== ''),
    )
    .filter((forms) => forms.length >= 2);
}

/** Limits of the newsroom's own list: it is read on every search. */
export const EQUIVALENTS_MAX_LINES = 500;
export const EQUIVALENTS_MAX_CHARS = 20_000;

/** Checks the newsroom's list; returns a Vietnamese reason, or null when it is usable. */
export function equivalentsProblem(text: string): string | null {
  if (text.length > EQUIVALENTS_MAX_CHARS) return `Danh sách dài quá ${formatInteger(EQUIVALENTS_MAX_CHARS)} ký tự.`;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > EQUIVALENTS_MAX_LINES) return `Danh sách có quá ${EQUIVALENTS_MAX_LINES} dòng.`;
  const bad = lines.findIndex((line) => line.split('=').filter((form) => form.trim() !== '').length < 2);
  return bad >= 0 ? `Dòng ${bad + 1} cần ít nhất hai cách viết, cách nhau bằng dấu "=" (ví dụ: UBND = Ủy ban nhân dân).` : null;
}

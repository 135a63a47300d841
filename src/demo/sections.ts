import type { DemoAuthor } from './types.js';

export interface DemoSection {
  path: string;
  name: string;
  description: string;
  inMenu: boolean;
}

/** Sections in menu order; a subsection's path starts with its parent's. */
export const demoSections: DemoSection[] = [
  { path: 'thoi-su', name: 'Thời sự', description: 'Tin tức thời sự trong tỉnh và cả nước', inMenu: true },
  { path: 'kinh-te', name: 'Kinh tế', description: 'Sản xuất, kinh doanh, đầu tư và thị trường', inMenu: true },
  { path: 'kinh-te/nong-nghiep', name: 'Nông nghiệp', description: 'Trồng trọt, chăn nuôi và nông thôn mới', inMenu: true },
  { path: 'kinh-te/du-lich', name: 'Du lịch', description: 'Điểm đến, dịch vụ và du lịch cộng đồng', inMenu: true },
  { path: 'xa-hoi', name: 'Xã hội', description: 'Đời sống, an sinh và giảm nghèo', inMenu: true },
  { path: 'van-hoa', name: 'Văn hóa', description: 'Văn hóa, lễ hội, văn nghệ các dân tộc', inMenu: true },
  { path: 'giao-duc', name: 'Giáo dục', description: 'Trường lớp, thầy cô và học sinh', inMenu: true },
  { path: 'the-thao', name: 'Thể thao', description: 'Thể thao phong trào và thành tích cao', inMenu: true },
  { path: 'suc-khoe', name: 'Sức khỏe', description: 'Y tế, phòng bệnh và chăm sóc sức khỏe', inMenu: true },
];

export const demoAuthors: Record<DemoAuthor, { displayName: string; bio: string }> = {
  'nguyen-thu-ha': { displayName: 'Nguyễn Thu Hà', bio: 'Phóng viên ban Thời sự, theo dõi chính quyền và đoàn thể.' },
  'tran-quang-huy': { displayName: 'Trần Quang Huy', bio: 'Phóng viên ban Kinh tế, chuyên nông nghiệp và du lịch.' },
  'lo-thi-mai': { displayName: 'Lò Thị Mai', bio: 'Phóng viên thường trú vùng cao, viết về đời sống đồng bào.' },
  'dinh-van-nam': { displayName: 'Đinh Văn Nam', bio: 'Phóng viên ban Văn hóa - Thể thao.' },
  'pham-minh-chau': { displayName: 'Phạm Minh Châu', bio: 'Phóng viên ban Giáo dục - Y tế.' },
};

import type { SiteContext } from '../context.js';
import { Layout } from '../layout.js';

const BAD_REQUEST = 'Yêu cầu không hợp lệ';
const SERVER_ERROR = 'Đã có lỗi xảy ra';

const TITLES: Record<number, string> = {
  400: BAD_REQUEST,
  403: 'Không có quyền truy cập',
  404: 'Không tìm thấy trang',
  413: 'Nội dung gửi lên quá lớn',
  429: 'Bạn thao tác quá nhanh',
  500: SERVER_ERROR,
  503: 'Hệ thống tạm thời gián đoạn',
};

const DEFAULT_MESSAGES: Record<number, string> = {
  404: 'Trang bạn tìm không có hoặc đã được chuyển đi. Mời bạn về trang chủ hoặc chọn một chuyên mục.',
  500: 'Tòa soạn đã ghi nhận sự cố và sẽ khắc phục sớm. Mời bạn thử lại sau ít phút.',
};

export function errorTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? SERVER_ERROR : BAD_REQUEST);
}

export function ErrorPage({ site, status, message, path }: { site: SiteContext; status: number; message?: string; path: string }) {
  const title = errorTitle(status);
  return (
    <Layout site={site} currentPath={path} head={{ title, description: title, canonicalPath: path, noindex: true }}>
      <section class="error-page">
        <p class="error-code">{status}</p>
        <h1>{title}</h1>
        <p>{message ?? DEFAULT_MESSAGES[status] ?? 'Yêu cầu của bạn không thể thực hiện.'}</p>
        <p>
          <a href="/">Về trang chủ</a>
        </p>
      </section>
    </Layout>
  );
}

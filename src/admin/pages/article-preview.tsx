import type { Article } from '../../db/schema.js';
import type { AdminContext } from '../context.js';
import { AdminLayout } from '../layout.js';
import { articleAdminPath } from './article-parts.js';

/** The two widths a preview is shown at: a laptop, and the phone most readers hold (390 px). */
export const PREVIEW_WIDTHS = { 'may-tinh': 'Máy tính', 'dien-thoai': 'Điện thoại (390 px)' } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

export interface ArticlePreviewProps {
  ctx: AdminContext;
  article: Article;
  width: PreviewWidth;
}

/** The preview framed in the newsroom; the width switch is two links, so it works without JavaScript. */
export function ArticlePreviewPage({ ctx, article, width }: ArticlePreviewProps) {
  const base = articleAdminPath(article.id, '/xem-truoc');
  return (
    <AdminLayout ctx={ctx} title={`Xem trước: ${article.title}`}>
      <h1>Xem trước</h1>
      <p class="hint">
        Bài hiện ra đúng như bạn đọc sẽ thấy, theo bản đã lưu gần nhất (trình soạn thảo lưu các thay đổi trước khi mở trang này). Chỉ người trong tòa soạn xem
        được trang này. <a href={articleAdminPath(article.id)}>Quay lại bài</a>
      </p>
      <nav class="preview-widths" aria-label="Khổ màn hình">
        {(Object.keys(PREVIEW_WIDTHS) as PreviewWidth[]).map((key) => (
          <a key={key} href={`${base}?kho=${key}`} aria-current={key === width ? 'page' : undefined} class="button button-secondary">
            {PREVIEW_WIDTHS[key]}
          </a>
        ))}
      </nav>
      <iframe class={`preview-frame preview-${width}`} src={`${base}/trang`} title={`Xem trước bài, khổ ${PREVIEW_WIDTHS[width].toLowerCase()}`} />
    </AdminLayout>
  );
}

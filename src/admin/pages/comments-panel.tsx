import { QUEUE_PATH } from './comments.js';

/** The dashboard's block for people who moderate comments: how many wait, and the way to them. */
export function PendingCommentsPanel({ count }: { count: number }) {
  return (
    <section class="panel mod-panel" aria-labelledby="binh-luan-cho-duyet">
      <h2 id="binh-luan-cho-duyet">
        <a href={QUEUE_PATH}>Bình luận chờ duyệt ({count})</a>
      </h2>
      <p class="hint">{count === 0 ? 'Không có bình luận nào đang chờ.' : 'Bình luận của bạn đọc chỉ hiện trên trang sau khi được duyệt.'}</p>
    </section>
  );
}

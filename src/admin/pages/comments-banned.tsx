import { WORD_MAX } from '../../comments/banned-words.js';
import type { BannedWord } from '../../db/schema.js';
import { formatArticleDate } from '../../vi/index.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { BANNED_PATH, QUEUE_PATH } from './comments.js';

export interface BannedWordsProps {
  ctx: AdminContext;
  timeZone: string;
  words: BannedWord[];
  /** The refused entry, shown back in the field with `error`. */
  value?: string;
  error?: string;
  done?: string;
}

export function BannedWordsPage({ ctx, timeZone, words, value = '', error, done }: BannedWordsProps) {
  return (
    <AdminLayout ctx={ctx} title="Từ cấm trong bình luận">
      <h1>Từ cấm trong bình luận</h1>
      <p>
        <a href={QUEUE_PATH}>« Về hàng chờ duyệt bình luận</a>
      </p>
      <p class="hint">
        Bình luận có chứa một từ hoặc cụm từ dưới đây (viết có dấu hay không dấu, hoa hay thường) sẽ được giữ lại kèm lý do để người duyệt xem kỹ. Chỉ khớp
        nguyên từ: "ngu" không khớp với "Nguyễn".
      </p>
      {done ? (
        <p class="alert alert-ok" role="status">
          {done}
        </p>
      ) : null}
      <form method="post" action={BANNED_PATH} class="form form-inline mod-add">
        <CsrfField token={ctx.csrfToken} />
        <label for="tu-cam">Từ hoặc cụm từ</label>
        <input
          id="tu-cam"
          name="word"
          type="text"
          required
          maxLength={WORD_MAX}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'tu-cam-error' : undefined}
          autoFocus={error ? true : undefined}
        />
        <button type="submit" class="button">
          Thêm
        </button>
      </form>
      {error ? (
        <p class="alert alert-error" id="tu-cam-error" role="alert">
          {error}
        </p>
      ) : null}
      {words.length === 0 ? (
        <p class="hint">Chưa có từ cấm nào.</p>
      ) : (
        <div class="table-wrap">
          <table class="table mod-words">
            <caption class="hint">{words.length} từ cấm</caption>
            <thead>
              <tr>
                <th scope="col">Từ cấm</th>
                <th scope="col">Dạng so khớp</th>
                <th scope="col">Thêm lúc</th>
                <th scope="col">
                  <span class="visually-hidden">Xóa</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {words.map((w) => (
                <tr key={w.id}>
                  <td>{w.word}</td>
                  <td>
                    <code>{w.folded}</code>
                  </td>
                  <td>
                    <time dateTime={w.created_at}>{formatArticleDate(new Date(w.created_at), timeZone)}</time>
                  </td>
                  <td>
                    <form method="post" action={`${BANNED_PATH}/${w.id}/xoa`} class="mod-remove">
                      <CsrfField token={ctx.csrfToken} />
                      <button type="submit" class="button button-secondary mod-button" aria-label={`Xóa từ cấm "${w.word}"`}>
                        Xóa
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

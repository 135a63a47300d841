import type { ArticleSummary } from '../../content/articles.js';
import { FEATURED_MAX, type HomePicks } from '../../content/curation.js';
import { formatArticleDate } from '../../vi/index.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { FlashMessage, type Flash } from './admin-notice.js';

export interface CurationPageProps {
  ctx: AdminContext;
  timeZone: string;
  picks: HomePicks;
  live: Set<number>;
  titles: Map<number, string>;
  /** Recent live articles to choose from. */
  recent: ArticleSummary[];
  flash?: Flash | null;
}

function PostButton({ action, csrf, label, fields = {} }: { action: string; csrf: string; label: string; fields?: Record<string, string> }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrf} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="button-small">
        {label}
      </button>
    </form>
  );
}

function PickTitle({ id, titles, live }: { id: number; titles: Map<number, string>; live: Set<number> }) {
  return (
    <span>
      {titles.get(id) ?? `Bài mã số ${id}`} <span class="muted">(mã {id})</span>
      {live.has(id) ? null : <strong class="warning"> — không còn đăng, trang chủ đang bỏ qua bài này</strong>}
    </span>
  );
}

/** A select of recent live stories, or an id typed in: the id wins when both are given. */
function ArticlePicker({
  ctx,
  action,
  label,
  recent,
  timeZone,
  prefix,
}: {
  ctx: AdminContext;
  action: string;
  label: string;
  recent: ArticleSummary[];
  timeZone: string;
  prefix: string;
}) {
  return (
    <form method="post" action={action} class="form">
      <CsrfField token={ctx.csrfToken} />
      <label for={`${prefix}-chon`}>Chọn trong các bài mới đăng</label>
      <select id={`${prefix}-chon`} name="chon">
        <option value="">— Chọn bài —</option>
        {recent.map((a) => (
          <option key={a.id} value={String(a.id)}>
            {`${a.title} (${a.section_name}, ${formatArticleDate(new Date(a.published_at), timeZone)})`}
          </option>
        ))}
      </select>
      <label for={`${prefix}-ma`}>Hoặc nhập mã số bài</label>
      <input id={`${prefix}-ma`} name="ma" type="text" inputMode="numeric" pattern="[0-9]*" maxLength={12} />
      <button type="submit" class="button">
        {label}
      </button>
    </form>
  );
}

export function CurationPage({ ctx, timeZone, picks, live, titles, recent, flash }: CurationPageProps) {
  const csrf = ctx.csrfToken;
  return (
    <AdminLayout ctx={ctx} title="Trang chủ">
      <h1>Chọn tin cho trang chủ</h1>
      <FlashMessage flash={flash} />
      <p class="hint">Khi chưa chọn, hoặc bài đã chọn không còn đăng, trang chủ tự lấy tin mới nhất.</p>
      <section class="panel">
        <h2>Tin chính</h2>
        {picks.lead === null ? (
          <p>Chưa chọn: trang chủ dùng tin mới nhất.</p>
        ) : (
          <p>
            <PickTitle id={picks.lead} titles={titles} live={live} /> <PostButton action="/admin/trang-chu/tin-chinh/bo" csrf={csrf} label="Bỏ chọn" />
          </p>
        )}
        <ArticlePicker ctx={ctx} action="/admin/trang-chu/tin-chinh" label="Đặt làm tin chính" recent={recent} timeZone={timeZone} prefix="lead" />
      </section>
      <section class="panel">
        <h2>
          Tin nổi bật ({picks.featured.length}/{FEATURED_MAX})
        </h2>
        {picks.featured.length === 0 ? (
          <p>Chưa chọn tin nổi bật nào.</p>
        ) : (
          <ol class="pick-list">
            {picks.featured.map((id, i) => {
              const base = `/admin/trang-chu/noi-bat/${id}`;
              return (
                <li key={id}>
                  <PickTitle id={id} titles={titles} live={live} />{' '}
                  {i > 0 ? <PostButton action={`${base}/thu-tu`} csrf={csrf} label="↑ Lên" fields={{ huong: 'len' }} /> : null}
                  {i < picks.featured.length - 1 ? <PostButton action={`${base}/thu-tu`} csrf={csrf} label="↓ Xuống" fields={{ huong: 'xuong' }} /> : null}
                  <PostButton action={`${base}/bo`} csrf={csrf} label="Bỏ" />
                </li>
              );
            })}
          </ol>
        )}
        {picks.featured.length < FEATURED_MAX ? (
          <ArticlePicker ctx={ctx} action="/admin/trang-chu/noi-bat" label="Thêm vào tin nổi bật" recent={recent} timeZone={timeZone} prefix="featured" />
        ) : null}
      </section>
      <p>
        <a href="/">Xem trang chủ</a>
      </p>
    </AdminLayout>
  );
}

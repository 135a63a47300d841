import type { RoyaltyStage } from '../../db/schema.js';
import { formatCoefficient, formatShare } from '../../royalties/arithmetic.js';
import { AUDIT_ACTION_NAMES, type PersonOption, type Royalty, type RoyaltyInput } from '../../royalties/article-royalty.js';
import type { Genre, Kind } from '../../royalties/settings.js';
import { ROLE_NAMES } from '../../newsroom/users.js';
import type { UserRole } from '../../db/schema.js';
import { formatShortDate, formatVnd } from '../../vi/index.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { FlashMessage, type Flash } from './admin-notice.js';

/** /admin/bai-viet/:id/nhuan-but: the article's royalty, proposed by the managing editor and decided by the editor-in-chief. */

export interface RoyaltyAuditRow {
  id: number;
  action: string;
  role: string;
  detail: string;
  created_at: string;
  display_name: string | null;
}

export interface ArticleRoyaltyPageProps {
  ctx: AdminContext;
  timeZone: string;
  article: { id: number; title: string; published_at: string | null; statusName: string };
  royalty: Partial<Record<RoyaltyStage, Royalty>>;
  /** What each share would be paid now, per stage, in the order of its shares. */
  amounts: Partial<Record<RoyaltyStage, { unitValue: number; total: number; parts: number[] }>>;
  genres: Genre[];
  kinds: Kind[];
  people: PersonOption[];
  form: RoyaltyInput;
  canPropose: boolean;
  canDecide: boolean;
  audit: RoyaltyAuditRow[];
  flash?: Flash | null;
}

const STAGE_TITLES: Record<RoyaltyStage, string> = { approved: 'Nhuận bút đã duyệt', proposed: 'Đề xuất đang chờ Tổng biên tập' };

function RoyaltySummary({ royalty, amount, timeZone }: { royalty: Royalty; amount?: { unitValue: number; total: number; parts: number[] }; timeZone: string }) {
  const outside = royalty.coefficient < royalty.range.min || royalty.coefficient > royalty.range.max;
  return (
    <section class={`panel royalty-${royalty.stage}`} aria-labelledby={`royalty-${royalty.stage}`}>
      <h2 id={`royalty-${royalty.stage}`}>{STAGE_TITLES[royalty.stage]}</h2>
      <p>
        Thể loại <strong>{royalty.genreName}</strong> (khung {formatCoefficient(royalty.range.min)}–{formatCoefficient(royalty.range.max)}), hệ số{' '}
        <strong>{formatCoefficient(royalty.coefficient)}</strong>
        {outside ? <span class="royalty-outside"> — ngoài khung</span> : null}
        {amount ? (
          <>
            {' '}
            × {formatVnd(amount.unitValue)} = <strong class="money">{formatVnd(amount.total)}</strong>
          </>
        ) : null}
      </p>
      {royalty.note ? <p>Ghi chú: {royalty.note}</p> : null}
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Người hưởng</th>
              <th scope="col">Đóng góp</th>
              <th scope="col">Tỷ lệ</th>
              <th scope="col">Số tiền</th>
            </tr>
          </thead>
          <tbody>
            {royalty.shares.map((share, i) => {
              const part = amount?.parts[i];
              return (
                <tr key={i}>
                  <td>{share.personName}</td>
                  <td>{share.kindName}</td>
                  <td>{formatShare(share.share)}</td>
                  <td class="money">{part === undefined ? '—' : formatVnd(part)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="hint">
        {royalty.updatedBy ?? '—'}, {formatShortDate(new Date(royalty.updatedAt), timeZone)}
      </p>
    </section>
  );
}

function ShareRows({ form, kinds, people }: Pick<ArticleRoyaltyPageProps, 'form' | 'kinds' | 'people'>) {
  const rows = [...form.shares];
  while (rows.length < Math.max(4, form.shares.length + 2)) rows.push({ person: '', kind: '', share: '' });
  return (
    <fieldset class="royalty-shares">
      <legend>Người hưởng nhuận bút (tổng tỷ lệ 100%)</legend>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Người hưởng</th>
            <th scope="col">Loại đóng góp</th>
            <th scope="col">Tỷ lệ (%)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>
                <select name={`person_${i}`} aria-label={`Người hưởng, dòng ${i + 1}`}>
                  <option value="">—</option>
                  {people.map((p) => (
                    <option key={p.key} value={p.key} selected={p.key === row.person}>
                      {p.name} ({p.hint})
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select name={`kind_${i}`} aria-label={`Loại đóng góp, dòng ${i + 1}`}>
                  <option value="">—</option>
                  {kinds
                    .filter((k) => k.active || String(k.id) === row.kind)
                    .map((k) => (
                      <option key={k.id} value={String(k.id)} selected={String(k.id) === row.kind}>
                        {k.name}
                      </option>
                    ))}
                </select>
              </td>
              <td>
                <input name={`share_${i}`} type="text" inputMode="decimal" size={6} value={row.share} aria-label={`Tỷ lệ phần trăm, dòng ${i + 1}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

function RoyaltyForm(props: ArticleRoyaltyPageProps) {
  const { ctx, article, form, genres } = props;
  return (
    <form method="post" action={`/admin/bai-viet/${article.id}/nhuan-but`} class="form panel royalty-form">
      <CsrfField token={ctx.csrfToken} />
      <h2>{props.canDecide ? 'Quyết định nhuận bút' : 'Đề xuất nhuận bút'}</h2>
      <label for="genre">Thể loại</label>
      <select id="genre" name="genre" required>
        <option value="">— Chọn thể loại —</option>
        {genres
          .filter((g) => g.active || String(g.id) === form.genre)
          .map((g) => (
            <option key={g.id} value={String(g.id)} selected={String(g.id) === form.genre}>
              {g.name} (hệ số {formatCoefficient(g.min)}–{formatCoefficient(g.max)})
            </option>
          ))}
      </select>
      <label for="coefficient">Hệ số</label>
      <input id="coefficient" name="coefficient" type="text" inputMode="decimal" value={form.coefficient} required aria-describedby="coefficient-hint" />
      <p id="coefficient-hint" class="hint">
        Trong khung của thể loại; ngoài khung thì cần ghi chú lý do. Số thập phân viết với dấu phẩy, ví dụ 1,5.
      </p>
      <label for="note">Ghi chú</label>
      <textarea id="note" name="note" rows={2}>
        {form.note}
      </textarea>
      <ShareRows form={form} kinds={props.kinds} people={props.people} />
      <p class="hint">
        Người ngoài tòa soạn: thêm ở trang <a href="/admin/nhuan-but/cong-tac-vien">Cộng tác viên</a>.
      </p>
      <p class="royalty-actions">
        {props.canPropose && !props.canDecide ? (
          <button type="submit" class="button" name="buoc" value="de-xuat">
            Gửi đề xuất
          </button>
        ) : null}
        {props.canDecide ? (
          <button type="submit" class="button" name="buoc" value="duyet">
            Duyệt nhuận bút
          </button>
        ) : null}
      </p>
    </form>
  );
}

function ReasonForm({ ctx, action, label, button }: { ctx: AdminContext; action: string; label: string; button: string }) {
  const id = action.split('/').pop() ?? 'ly-do';
  return (
    <form method="post" action={action} class="form panel">
      <CsrfField token={ctx.csrfToken} />
      <label for={`reason-${id}`}>{label}</label>
      <input id={`reason-${id}`} name="ly_do" type="text" required maxLength={1000} />
      <button type="submit" class="button button-secondary">
        {button}
      </button>
    </form>
  );
}

function AuditTable({ audit, timeZone }: { audit: RoyaltyAuditRow[]; timeZone: string }) {
  if (audit.length === 0) return <p>Chưa có thay đổi nào về nhuận bút của bài này.</p>;
  return (
    <div class="table-wrap">
      <table class="table audit">
        <caption>Nhật ký nhuận bút (không thể sửa hay xóa)</caption>
        <thead>
          <tr>
            <th scope="col">Thời điểm</th>
            <th scope="col">Người thực hiện</th>
            <th scope="col">Việc</th>
            <th scope="col">Nội dung</th>
          </tr>
        </thead>
        <tbody>
          {audit.map((row) => (
            <tr key={row.id}>
              <td>{formatShortDate(new Date(row.created_at), timeZone)}</td>
              <td>
                {row.display_name ?? '—'} ({Object.hasOwn(ROLE_NAMES, row.role) ? ROLE_NAMES[row.role as UserRole] : row.role})
              </td>
              <td>{AUDIT_ACTION_NAMES[row.action] ?? row.action}</td>
              <td>{row.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ArticleRoyaltyPage(props: ArticleRoyaltyPageProps) {
  const { ctx, article, royalty, timeZone } = props;
  const base = `/admin/bai-viet/${article.id}/nhuan-but`;
  return (
    <AdminLayout ctx={ctx} title={`Nhuận bút: ${article.title}`}>
      <p>
        <a href={`/admin/bai-viet/${article.id}`}>← Về bài viết</a>
      </p>
      <h1>Nhuận bút</h1>
      <p class="royalty-article">
        <strong>{article.title}</strong> · {article.statusName}
        {article.published_at ? ` · đăng ngày ${formatShortDate(new Date(article.published_at), timeZone)}` : ' · chưa đăng: tính theo ngày đăng'}
      </p>
      <FlashMessage flash={props.flash} />
      {royalty.approved ? (
        <RoyaltySummary royalty={royalty.approved} amount={props.amounts.approved} timeZone={timeZone} />
      ) : (
        <p>Bài này chưa có nhuận bút được duyệt.</p>
      )}
      {royalty.proposed ? <RoyaltySummary royalty={royalty.proposed} amount={props.amounts.proposed} timeZone={timeZone} /> : null}
      {props.canPropose || props.canDecide ? <RoyaltyForm {...props} /> : null}
      {props.canDecide && royalty.proposed ? (
        <ReasonForm ctx={ctx} action={`${base}/khong-duyet`} label="Lý do không duyệt đề xuất" button="Không duyệt đề xuất" />
      ) : null}
      {props.canDecide && royalty.approved ? <ReasonForm ctx={ctx} action={`${base}/huy`} label="Lý do hủy nhuận bút đã duyệt" button="Hủy nhuận bút" /> : null}
      <h2>Nhật ký</h2>
      <AuditTable audit={props.audit} timeZone={timeZone} />
    </AdminLayout>
  );
}

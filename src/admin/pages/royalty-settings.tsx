import { formatCoefficient } from '../../royalties/arithmetic.js';
import type { Contributor } from '../../royalties/contributors.js';
import { dayLabel } from '../../royalties/months.js';
import type { Genre, Kind, UnitValueRow } from '../../royalties/settings.js';
import { formatVnd } from '../../vi/index.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { DAY_INPUT_PATTERN, DAY_INPUT_PLACEHOLDER } from '../zoned-time.js';
import { FlashMessage, type Flash } from './admin-notice.js';

/** /admin/nhuan-but/cai-dat (administrator) and /admin/nhuan-but/cong-tac-vien (managing editor, editor-in-chief). */

const BASE = '/admin/nhuan-but/cai-dat';

function GenreForm({ ctx, genre }: { ctx: AdminContext; genre?: Genre }) {
  const id = genre ? `genre-${genre.id}` : 'genre-new';
  return (
    <form method="post" action={`${BASE}/the-loai`} class="form-row royalty-setting-row">
      <CsrfField token={ctx.csrfToken} />
      {genre ? <input type="hidden" name="id" value={String(genre.id)} /> : null}
      <label for={`${id}-name`}>Tên</label>
      <input id={`${id}-name`} name="name" type="text" value={genre?.name ?? ''} required maxLength={100} />
      <label for={`${id}-min`}>Hệ số từ</label>
      <input id={`${id}-min`} name="min" type="text" inputMode="decimal" size={5} value={genre ? formatCoefficient(genre.min) : ''} required />
      <label for={`${id}-max`}>đến</label>
      <input id={`${id}-max`} name="max" type="text" inputMode="decimal" size={5} value={genre ? formatCoefficient(genre.max) : ''} required />
      <label>
        <input type="checkbox" name="active" value="1" checked={genre ? genre.active : true} /> Đang dùng
      </label>
      <button type="submit" class="button button-secondary">
        {genre ? 'Lưu' : 'Thêm thể loại'}
      </button>
    </form>
  );
}

function KindForm({ ctx, kind }: { ctx: AdminContext; kind?: Kind }) {
  const id = kind ? `kind-${kind.id}` : 'kind-new';
  return (
    <form method="post" action={`${BASE}/loai-dong-gop`} class="form-row royalty-setting-row">
      <CsrfField token={ctx.csrfToken} />
      {kind ? <input type="hidden" name="id" value={String(kind.id)} /> : null}
      <label for={`${id}-name`}>Tên</label>
      <input id={`${id}-name`} name="name" type="text" value={kind?.name ?? ''} required maxLength={100} />
      <label>
        <input type="checkbox" name="active" value="1" checked={kind ? kind.active : true} /> Đang dùng
      </label>
      <button type="submit" class="button button-secondary">
        {kind ? 'Lưu' : 'Thêm loại đóng góp'}
      </button>
    </form>
  );
}

export interface RoyaltySettingsProps {
  ctx: AdminContext;
  genres: Genre[];
  kinds: Kind[];
  values: UnitValueRow[];
  retentionDays: number;
  flash?: Flash | null;
}

export function RoyaltySettingsPage({ ctx, genres, kinds, values, retentionDays, flash }: RoyaltySettingsProps) {
  return (
    <AdminLayout ctx={ctx} title="Cài đặt nhuận bút và số liệu">
      <h1>Cài đặt nhuận bút và số liệu</h1>
      <FlashMessage flash={flash} />
      <section class="panel" aria-labelledby="values-title">
        <h2 id="values-title">Giá trị một đơn vị hệ số nhuận bút</h2>
        <p class="hint">Mỗi bài dùng giá trị có hiệu lực vào ngày đăng. Các tháng đã chốt giữ nguyên số đã trả.</p>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Áp dụng từ</th>
              <th scope="col" class="money">
                Giá trị
              </th>
              <th scope="col">Ghi chú</th>
              <th scope="col">
                <span class="visually-hidden">Xóa</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => (
              <tr key={v.id}>
                <td>{dayLabel(v.effectiveFrom)}</td>
                <td class="money">{formatVnd(v.value)}</td>
                <td>{v.note}</td>
                <td>
                  <form method="post" action={`${BASE}/don-vi/${v.id}/xoa`} class="form-row">
                    <CsrfField token={ctx.csrfToken} />
                    <button type="submit" class="button button-secondary">
                      Xóa
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action={`${BASE}/don-vi`} class="form-row royalty-setting-row">
          <CsrfField token={ctx.csrfToken} />
          <label for="value-from">Áp dụng từ ngày</label>
          <input
            id="value-from"
            name="effective_from"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            pattern={DAY_INPUT_PATTERN}
            placeholder={DAY_INPUT_PLACEHOLDER}
            title="Ngày/tháng/năm, ví dụ 01/07/2024."
            required
          />
          <label for="value-value">Giá trị (đồng)</label>
          <input id="value-value" name="value" type="text" inputMode="numeric" required />
          <label for="value-note">Ghi chú</label>
          <input id="value-note" name="note" type="text" maxLength={200} />
          <button type="submit" class="button">
            Thêm giá trị
          </button>
        </form>
      </section>
      <section class="panel" aria-labelledby="genres-title">
        <h2 id="genres-title">Thể loại và khung hệ số</h2>
        {genres.map((g) => (
          <GenreForm key={g.id} ctx={ctx} genre={g} />
        ))}
        <GenreForm ctx={ctx} />
      </section>
      <section class="panel" aria-labelledby="kinds-title">
        <h2 id="kinds-title">Loại đóng góp</h2>
        {kinds.map((k) => (
          <KindForm key={k.id} ctx={ctx} kind={k} />
        ))}
        <KindForm ctx={ctx} />
      </section>
      <section class="panel" aria-labelledby="views-title">
        <h2 id="views-title">Lượt xem theo ngày</h2>
        <form method="post" action={`${BASE}/luot-xem`} class="form-row royalty-setting-row">
          <CsrfField token={ctx.csrfToken} />
          <label for="retention">Giữ số liệu lượt xem từng bài theo ngày trong (ngày; 0 là giữ mãi)</label>
          <input id="retention" name="days" type="text" inputMode="numeric" size={6} value={String(retentionDays)} required />
          <button type="submit" class="button">
            Lưu
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}

function ContributorForm({ ctx, contributor }: { ctx: AdminContext; contributor?: Contributor }) {
  const id = contributor ? `ctv-${contributor.id}` : 'ctv-new';
  return (
    <form method="post" action="/admin/nhuan-but/cong-tac-vien" class="form panel">
      <CsrfField token={ctx.csrfToken} />
      {contributor ? <input type="hidden" name="id" value={String(contributor.id)} /> : <h2>Thêm cộng tác viên</h2>}
      <label for={`${id}-name`}>Họ tên</label>
      <input id={`${id}-name`} name="name" type="text" value={contributor?.name ?? ''} required maxLength={100} />
      <label for={`${id}-pen`}>Bút danh</label>
      <input id={`${id}-pen`} name="pen_name" type="text" value={contributor?.penName ?? ''} maxLength={100} />
      <label for={`${id}-pay`}>Thông tin thanh toán (số tài khoản, ngân hàng, mã số thuế…; không công khai)</label>
      <textarea id={`${id}-pay`} name="payment_details" rows={2} maxLength={1000}>
        {contributor?.paymentDetails ?? ''}
      </textarea>
      <label>
        <input type="checkbox" name="active" value="1" checked={contributor ? contributor.active : true} /> Đang cộng tác
      </label>
      <button type="submit" class="button">
        {contributor ? 'Lưu' : 'Thêm'}
      </button>
    </form>
  );
}

export function ContributorsPage({ ctx, contributors, flash }: { ctx: AdminContext; contributors: Contributor[]; flash?: Flash | null }) {
  return (
    <AdminLayout ctx={ctx} title="Cộng tác viên">
      <h1>Cộng tác viên hưởng nhuận bút</h1>
      <p class="hint">Người ngoài tòa soạn. Thông tin thanh toán chỉ Thư ký tòa soạn và Tổng biên tập xem được.</p>
      <FlashMessage flash={flash} />
      <ContributorForm ctx={ctx} />
      {contributors.map((c) => (
        <ContributorForm key={c.id} ctx={ctx} contributor={c} />
      ))}
    </AdminLayout>
  );
}

import type { WebhookDeliveryStatus, WebhookEventType } from '../../db/schema.js';
import type { EndpointErrors, EndpointRow } from '../../webhooks/endpoints.js';
import type { recentDeliveries } from '../../webhooks/endpoints.js';
import { EVENT_NAMES, WEBHOOK_EVENTS } from '../../webhooks/outbox.js';
import { formatArticleDate } from '../../vi/index.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { describedBy, FieldError, FlashMessage, type Flash } from './admin-notice.js';

export const WEBHOOK_PAGE = '/admin/webhook';

const STATUS_NAMES: Record<WebhookDeliveryStatus, string> = { pending: 'Đang chờ gửi', delivered: 'Đã gửi', failed: 'Thất bại' };

export interface WebhookFormValues {
  url: string;
  secret: string;
  events: string[];
}

export interface WebhooksPageProps {
  ctx: AdminContext;
  timeZone: string;
  endpoints: EndpointRow[];
  deliveries: Awaited<ReturnType<typeof recentDeliveries>>;
  form: WebhookFormValues;
  errors?: EndpointErrors;
  flash?: Flash | null;
  allowPrivate: boolean;
}

function When({ iso, timeZone }: { iso: string | null; timeZone: string }) {
  return iso ? <time dateTime={iso}>{formatArticleDate(new Date(iso), timeZone)}</time> : <span>—</span>;
}

function PostButton({ ctx, action, label, secondary }: { ctx: AdminContext; action: string; label: string; secondary?: boolean }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={ctx.csrfToken} />
      <button type="submit" class={secondary ? 'button button-secondary' : 'button'}>
        {label}
      </button>
    </form>
  );
}

export function WebhooksPage({ ctx, timeZone, endpoints, deliveries, form, errors = {}, flash, allowPrivate }: WebhooksPageProps) {
  return (
    <AdminLayout ctx={ctx} title="Webhook">
      <h1>Webhook</h1>
      <p>
        Máy chủ gửi một yêu cầu POST (JSON) tới các địa chỉ dưới đây khi có sự kiện. Mỗi yêu cầu có chữ ký <code>X-ToaSoan-Signature</code> (HMAC-SHA256 của{' '}
        <code>{'{X-ToaSoan-Timestamp}.{nội dung}'}</code> bằng khóa bí mật) và <code>Idempotency-Key</code>; gửi lại tối đa một ngày khi nơi nhận không trả lời
        2xx.
      </p>
      <FlashMessage flash={flash} />
      <h2>Điểm nhận</h2>
      {endpoints.length === 0 ? (
        <p class="empty">Chưa có điểm nhận nào.</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Địa chỉ</th>
                <th scope="col">Sự kiện</th>
                <th scope="col">Khóa bí mật</th>
                <th scope="col">Lần gửi gần nhất</th>
                <th scope="col">Đang chờ / thất bại</th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {endpoints.map((e) => (
                <tr key={e.id}>
                  <td>
                    <code>{e.url}</code>
                    {e.active ? null : <strong> (đã tắt)</strong>}
                  </td>
                  <td>{e.events.map((ev) => EVENT_NAMES[ev]).join(', ')}</td>
                  <td>
                    <code>{e.secret}</code>
                  </td>
                  <td>
                    {e.last_status_code ?? '—'} <When iso={e.last_attempt_at} timeZone={timeZone} />
                  </td>
                  <td>
                    {e.pending} / {e.failed}
                  </td>
                  <td>
                    <PostButton ctx={ctx} action={`${WEBHOOK_PAGE}/${e.id}/${e.active ? 'tat' : 'bat'}`} label={e.active ? 'Tắt' : 'Bật'} secondary />
                    <PostButton ctx={ctx} action={`${WEBHOOK_PAGE}/${e.id}/xoa`} label="Xóa" secondary />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form method="post" action={WEBHOOK_PAGE} class="form panel">
        <CsrfField token={ctx.csrfToken} />
        <h2>Thêm điểm nhận</h2>
        <label for="url">Địa chỉ (URL)</label>
        <input id="url" name="url" type="url" value={form.url} required maxLength={2000} aria-describedby={describedBy('url', errors.url) ?? 'url-hint'} />
        <p id="url-hint" class="hint">
          {allowPrivate ? 'Máy chủ này cho phép cả địa chỉ nội bộ (WEBHOOK_ALLOW_PRIVATE).' : 'Địa chỉ loopback hoặc mạng nội bộ bị từ chối.'}
        </p>
        <FieldError id="url" message={errors.url} />
        <label for="secret">Khóa bí mật (bỏ trống để tạo tự động)</label>
        <input
          id="secret"
          name="secret"
          type="text"
          value={form.secret}
          maxLength={200}
          autoComplete="off"
          aria-describedby={describedBy('secret', errors.secret)}
        />
        <FieldError id="secret" message={errors.secret} />
        <fieldset aria-describedby={describedBy('events', errors.events)}>
          <legend>Sự kiện</legend>
          {WEBHOOK_EVENTS.map((event: WebhookEventType) => (
            <label key={event} class="checkbox">
              <input type="checkbox" name="events" value={event} checked={form.events.includes(event)} /> {EVENT_NAMES[event]} (<code>{event}</code>)
            </label>
          ))}
        </fieldset>
        <FieldError id="events" message={errors.events} />
        <button type="submit" class="button">
          Thêm
        </button>
      </form>
      <h2>Lần gửi gần đây</h2>
      {deliveries.length === 0 ? (
        <p class="empty">Chưa có lần gửi nào.</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Sự kiện</th>
                <th scope="col">Địa chỉ</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Mã trả về</th>
                <th scope="col">Số lần</th>
                <th scope="col">Lần cuối</th>
                <th scope="col">Lần tới</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} id={`giao-${d.id}`}>
                  <td>
                    <code>{d.type}</code>
                  </td>
                  <td>
                    <code>{d.url}</code>
                  </td>
                  <td>{STATUS_NAMES[d.status]}</td>
                  <td class="delivery-code">
                    {d.last_status_code ?? '—'}
                    {d.last_error ? <span class="hint"> {d.last_error}</span> : null}
                  </td>
                  <td>{d.attempts}</td>
                  <td>
                    <When iso={d.last_attempt_at} timeZone={timeZone} />
                  </td>
                  <td>{d.status === 'pending' ? <When iso={d.next_attempt_at} timeZone={timeZone} /> : '—'}</td>
                  <td>{d.status === 'failed' ? <PostButton ctx={ctx} action={`${WEBHOOK_PAGE}/giao/${d.id}/gui-lai`} label="Gửi lại" secondary /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

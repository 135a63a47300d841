import { DESCRIPTION_MAX, NAME_MAX, type LogoImage, type SettingsErrors } from '../../content/site-settings.js';
import { bestVariantUrl } from '../../media/urls.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { describedBy, FieldError, FlashMessage, type Flash } from './admin-notice.js';

export interface SettingsFormValues {
  name: string;
  description: string;
  logo: string;
  timeZone: string;
  managingEditorMayPublish: boolean;
  commentsEnabled: boolean;
}

export interface SettingsPageProps {
  ctx: AdminContext;
  form: SettingsFormValues;
  /** The logo stored now, for a preview. */
  logo: LogoImage | null;
  /** SITE_TIMEZONE: what applies when the field repeats it. */
  defaultTimeZone: string;
  zones: string[];
  errors?: SettingsErrors;
  flash?: Flash | null;
}

export function SettingsPage({ ctx, form, logo, defaultTimeZone, zones, errors = {}, flash }: SettingsPageProps) {
  return (
    <AdminLayout ctx={ctx} title="Cài đặt">
      <h1>Cài đặt</h1>
      <FlashMessage flash={flash} />
      {Object.keys(errors).length > 0 ? <FlashMessage flash={{ kind: 'error', text: 'Chưa lưu: hãy sửa các mục được đánh dấu bên dưới.' }} /> : null}
      <form method="post" action="/admin/cai-dat" class="form panel">
        <CsrfField token={ctx.csrfToken} />
        <h2>Tờ báo</h2>
        <label for="name">Tên báo</label>
        <input id="name" name="name" type="text" value={form.name} maxLength={NAME_MAX} required aria-describedby={describedBy('name', errors.name)} />
        <FieldError id="name" message={errors.name} />
        <label for="description">Mô tả (khẩu hiệu dưới tên báo)</label>
        <input
          id="description"
          name="description"
          type="text"
          value={form.description}
          maxLength={DESCRIPTION_MAX}
          aria-describedby={describedBy('description', errors.description)}
        />
        <FieldError id="description" message={errors.description} />
        <label for="logo">Logo: mã số ảnh trong thư viện ảnh</label>
        <input
          id="logo"
          name="logo"
          type="text"
          inputMode="numeric"
          value={form.logo}
          maxLength={12}
          aria-describedby={describedBy('logo', errors.logo) ?? 'logo-hint'}
        />
        <p id="logo-hint" class="hint">
          Để trống thì đầu trang hiện tên báo bằng chữ. Khi có logo, tên báo vẫn là chữ thay thế cho người đọc bằng máy đọc màn hình.
        </p>
        <FieldError id="logo" message={errors.logo} />
        {logo ? (
          <p class="logo-preview">
            <img
              src={bestVariantUrl(logo, 320)}
              alt={`Logo hiện tại (ảnh mã ${logo.id})`}
              height={48}
              width={Math.max(1, Math.round((48 * logo.width) / Math.max(1, logo.height)))}
            />
          </p>
        ) : null}
        <label for="time_zone">Múi giờ</label>
        <input
          id="time_zone"
          name="time_zone"
          type="text"
          list="zones"
          value={form.timeZone}
          required
          aria-describedby={describedBy('time_zone', errors.timeZone) ?? 'time_zone-hint'}
        />
        <datalist id="zones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p id="time_zone-hint" class="hint">
          Mọi ngày giờ trên báo và trong tòa soạn hiện theo múi giờ này. Mặc định của máy chủ: {defaultTimeZone}.
        </p>
        <FieldError id="time_zone" message={errors.timeZone} />
        <h2>Tòa soạn và bạn đọc</h2>
        <label class="checkbox">
          <input type="checkbox" name="managing_editor_may_publish" value="1" checked={form.managingEditorMayPublish} /> Thư ký tòa soạn được đăng và gỡ bài
          (như tổng biên tập)
        </label>
        <label class="checkbox">
          <input type="checkbox" name="comments_enabled" value="1" checked={form.commentsEnabled} /> Nhận bình luận của bạn đọc (toàn trang; từng bài có thể tắt
          riêng)
        </label>
        <button type="submit" class="button">
          Lưu cài đặt
        </button>
      </form>
    </AdminLayout>
  );
}

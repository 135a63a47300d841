import { MIN_PASSWORD_LENGTH } from '../../newsroom/passwords.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';

export interface PasswordErrors {
  current?: string;
  next?: string;
  confirm?: string;
  form?: string;
}

export function PasswordPage({ ctx, errors = {}, changed = false }: { ctx: AdminContext; errors?: PasswordErrors; changed?: boolean }) {
  const describedBy = (field: keyof PasswordErrors) => (errors[field] ? `${field}-error` : undefined);
  return (
    <AdminLayout ctx={ctx} title="Đổi mật khẩu">
      <section class="panel panel-narrow">
        <h1>Đổi mật khẩu</h1>
        {changed ? (
          <p class="alert alert-ok" role="status">
            Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.
          </p>
        ) : null}
        {errors.form ? (
          <p class="alert alert-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <form method="post" action="/admin/mat-khau" class="form">
          <CsrfField token={ctx.csrfToken} />
          <input type="text" name="username" autocomplete="username" value={ctx.user?.username ?? ''} hidden readOnly />
          <label for="current">Mật khẩu hiện tại</label>
          <input id="current" name="current" type="password" autocomplete="current-password" required aria-describedby={describedBy('current')} />
          {errors.current ? (
            <p id="current-error" class="field-error">
              {errors.current}
            </p>
          ) : null}
          <label for="next">Mật khẩu mới</label>
          <input
            id="next"
            name="next"
            type="password"
            autocomplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
            aria-describedby={describedBy('next') ?? 'next-hint'}
          />
          <p id="next-hint" class="hint">
            Ít nhất {MIN_PASSWORD_LENGTH} ký tự. Nên dùng một câu dài dễ nhớ.
          </p>
          {errors.next ? (
            <p id="next-error" class="field-error">
              {errors.next}
            </p>
          ) : null}
          <label for="confirm">Nhập lại mật khẩu mới</label>
          <input
            id="confirm"
            name="confirm"
            type="password"
            autocomplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
            aria-describedby={describedBy('confirm')}
          />
          {errors.confirm ? (
            <p id="confirm-error" class="field-error">
              {errors.confirm}
            </p>
          ) : null}
          <button type="submit" class="button">
            Đổi mật khẩu
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}

/** The administrator's form to reset someone else's password, for the user management page. */
export function ResetPasswordForm({ userId, csrfToken }: { userId: number; csrfToken: string }) {
  return (
    <form method="post" action={`/admin/nguoi-dung/${userId}/mat-khau`} class="form form-inline">
      <CsrfField token={csrfToken} />
      <label for={`reset-${userId}`}>Mật khẩu mới</label>
      <input id={`reset-${userId}`} name="password" type="text" autocomplete="off" minLength={MIN_PASSWORD_LENGTH} required />
      <button type="submit" class="button">
        Đặt lại mật khẩu
      </button>
    </form>
  );
}

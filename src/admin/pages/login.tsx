import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';

export const LOGIN_FAILED = 'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa. Vui lòng thử lại sau.';

export interface LoginPageProps {
  ctx: AdminContext;
  /** Where to go after logging in; already checked to be a newsroom path. */
  next: string;
  username?: string;
  error?: string;
}

export function LoginPage({ ctx, next, username, error }: LoginPageProps) {
  return (
    <AdminLayout ctx={ctx} title="Đăng nhập">
      <section class="panel panel-narrow">
        <h1>Đăng nhập tòa soạn</h1>
        {error ? (
          <p class="alert alert-error" role="alert">
            {error}
          </p>
        ) : null}
        <form method="post" action="/admin/dang-nhap" class="form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="tiep" value={next} />
          <label for="username">Tên đăng nhập</label>
          <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck={false} required value={username ?? ''} />
          <label for="password">Mật khẩu</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <button type="submit" class="button">
            Đăng nhập
          </button>
        </form>
        <p class="hint">Quên mật khẩu? Hãy nhờ quản trị viên của tòa soạn đặt lại.</p>
      </section>
    </AdminLayout>
  );
}

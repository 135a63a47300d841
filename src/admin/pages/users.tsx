import { sectionAndDescendantIds, sectionTree, type SectionNode } from '../../content/sections.js';
import type { Section, User } from '../../db/schema.js';
import { MIN_PASSWORD_LENGTH } from '../../newsroom/passwords.js';
import { DISPLAY_NAME_MAX, type AccountErrors } from '../../newsroom/user-admin.js';
import { ROLE_NAMES, ROLES } from '../../newsroom/users.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { describedBy, FieldError, FlashMessage, type Flash } from './admin-notice.js';
import { ResetPasswordForm } from './password.js';

export interface AccountFormValues {
  username: string;
  displayName: string;
  email: string;
  role: string;
  sectionIds: string[];
}

export const EMPTY_ACCOUNT_FORM: AccountFormValues = { username: '', displayName: '', email: '', role: 'reporter', sectionIds: [] };

/** Sections as the tree they are: a subsection sits under its parent, which already includes it. */
function SectionChecks({ nodes, checked }: { nodes: SectionNode[]; checked: string[] }) {
  return (
    <ul class="section-tree">
      {nodes.map((s) => (
        <li key={s.id}>
          <label class="checkbox">
            <input type="checkbox" name="sections" value={String(s.id)} checked={checked.includes(String(s.id))} /> {s.name}
          </label>
          {s.children.length > 0 ? <SectionChecks nodes={s.children} checked={checked} /> : null}
        </li>
      ))}
    </ul>
  );
}

function AccountFields({ values, errors, sections, prefix }: { values: AccountFormValues; errors: AccountErrors; sections: Section[]; prefix: string }) {
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <>
      <label for={id('display_name')}>Tên hiển thị</label>
      <input
        id={id('display_name')}
        name="display_name"
        type="text"
        value={values.displayName}
        maxLength={DISPLAY_NAME_MAX}
        required
        aria-describedby={describedBy(id('display_name'), errors.display_name)}
      />
      <FieldError id={id('display_name')} message={errors.display_name} />
      <label for={id('email')}>Thư điện tử (không bắt buộc)</label>
      <input id={id('email')} name="email" type="email" value={values.email} maxLength={254} aria-describedby={describedBy(id('email'), errors.email)} />
      <FieldError id={id('email')} message={errors.email} />
      <label for={id('role')}>Vai trò</label>
      <select id={id('role')} name="role" aria-describedby={describedBy(id('role'), errors.role)}>
        {ROLES.map((role) => (
          <option key={role} value={role} selected={values.role === role}>
            {ROLE_NAMES[role]}
          </option>
        ))}
      </select>
      <FieldError id={id('role')} message={errors.role} />
      <fieldset class="checkbox-group" aria-describedby={describedBy(id('sections'), errors.sections) ?? id('sections-hint')}>
        <legend>Chuyên mục phụ trách</legend>
        <p id={id('sections-hint')} class="hint">
          Chỉ áp dụng cho biên tập viên: họ biên tập bài trong các chuyên mục này và mọi chuyên mục con của chúng. Vai trò khác không dùng đến.
        </p>
        <SectionChecks nodes={sectionTree(sections)} checked={values.sectionIds} />
        <FieldError id={id('sections')} message={errors.sections} />
      </fieldset>
    </>
  );
}

/** "Kinh tế (và Nông nghiệp, Du lịch)": what an assignment covers, subsections included. */
function sectionNames(sections: Section[], ids: number[]): string {
  return sections
    .filter((s) => ids.includes(s.id))
    .map((s) => {
      const below = sectionAndDescendantIds(sections, s.id)
        .slice(1)
        .filter((id) => !ids.includes(id));
      const names = sections.filter((c) => below.includes(c.id)).map((c) => c.name);
      return names.length > 0 ? `${s.name} (và ${names.join(', ')})` : s.name;
    })
    .join(', ');
}

export interface UsersPageProps {
  ctx: AdminContext;
  users: User[];
  sections: Section[];
  assignments: Map<number, number[]>;
  form: AccountFormValues;
  errors?: AccountErrors;
  flash?: Flash | null;
  /** The account just created and its generated password, shown this once. */
  created?: { user: User; password: string | null } | null;
}

export function UsersPage({ ctx, users, sections, assignments, form, errors = {}, flash, created }: UsersPageProps) {
  return (
    <AdminLayout ctx={ctx} title="Người dùng">
      <h1>Người dùng</h1>
      <FlashMessage flash={flash} />
      {created ? (
        <div class="alert alert-ok" role="status">
          <p>
            Đã tạo tài khoản <strong>{created.user.username}</strong> ({created.user.display_name}).
          </p>
          {created.password ? (
            <p>
              Mật khẩu ban đầu: <code class="secret">{created.password}</code> — chỉ hiện một lần này. Hãy trao tận tay và đề nghị người dùng đổi mật khẩu sau
              khi đăng nhập.
            </p>
          ) : null}
        </div>
      ) : null}
      {errors.form ? <FlashMessage flash={{ kind: 'error', text: errors.form }} /> : null}
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Tên đăng nhập</th>
              <th scope="col">Tên hiển thị</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Chuyên mục</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">
                <span class="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} class={u.active ? undefined : 'row-inactive'}>
                <td>{u.username}</td>
                <td>{u.display_name}</td>
                <td>{ROLE_NAMES[u.role]}</td>
                <td>{u.role === 'editor' ? sectionNames(sections, assignments.get(u.id) ?? []) || '—' : '—'}</td>
                <td>{u.active ? 'Đang hoạt động' : 'Đã khóa'}</td>
                <td>
                  <a href={`/admin/nguoi-dung/${u.id}`}>Sửa</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section class="panel">
        <h2>Thêm người dùng</h2>
        <form method="post" action="/admin/nguoi-dung" class="form">
          <CsrfField token={ctx.csrfToken} />
          <label for="new-username">Tên đăng nhập</label>
          <input
            id="new-username"
            name="username"
            type="text"
            value={form.username}
            maxLength={40}
            required
            autocomplete="off"
            aria-describedby={describedBy('new-username', errors.username) ?? 'new-username-hint'}
          />
          <p id="new-username-hint" class="hint">
            Chữ thường không dấu, số, dấu chấm, gạch ngang; 2–40 ký tự.
          </p>
          <FieldError id="new-username" message={errors.username} />
          <AccountFields values={form} errors={errors} sections={sections} prefix="new" />
          <label for="new-password">Mật khẩu ban đầu</label>
          <input
            id="new-password"
            name="password"
            type="text"
            autocomplete="off"
            aria-describedby={describedBy('new-password', errors.password) ?? 'new-password-hint'}
          />
          <p id="new-password-hint" class="hint">
            Ít nhất {MIN_PASSWORD_LENGTH} ký tự. Để trống thì hệ thống tạo một mật khẩu ngẫu nhiên và hiện một lần.
          </p>
          <FieldError id="new-password" message={errors.password} />
          <button type="submit" class="button">
            Tạo tài khoản
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}

export interface UserEditProps {
  ctx: AdminContext;
  user: User;
  sections: Section[];
  form: AccountFormValues;
  errors?: AccountErrors;
  flash?: Flash | null;
}

export function UserEditPage({ ctx, user, sections, form, errors = {}, flash }: UserEditProps) {
  const base = `/admin/nguoi-dung/${user.id}`;
  const self = ctx.user?.id === user.id;
  return (
    <AdminLayout ctx={ctx} title={`Người dùng ${user.username}`}>
      <p>
        <a href="/admin/nguoi-dung">« Tất cả người dùng</a>
      </p>
      <h1>
        {user.display_name} <span class="muted">({user.username})</span>
      </h1>
      <FlashMessage flash={flash} />
      {errors.form ? <FlashMessage flash={{ kind: 'error', text: errors.form }} /> : null}
      <p>
        Trạng thái: <strong>{user.active ? 'Đang hoạt động' : 'Đã khóa'}</strong>
      </p>
      <section class="panel">
        <h2>Thông tin, vai trò, chuyên mục</h2>
        <form method="post" action={base} class="form">
          <CsrfField token={ctx.csrfToken} />
          <AccountFields values={form} errors={errors} sections={sections} prefix="edit" />
          <button type="submit" class="button">
            Lưu
          </button>
        </form>
      </section>
      <section class="panel">
        <h2>Khóa tài khoản</h2>
        {user.active ? (
          self ? (
            <p class="hint">Bạn không thể tự khóa tài khoản của mình.</p>
          ) : (
            <form method="post" action={`${base}/khoa`} class="form">
              <CsrfField token={ctx.csrfToken} />
              <p class="hint">
                Người bị khóa không đăng nhập được nữa và mọi phiên đăng nhập của họ kết thúc ngay. Bài viết và lịch sử của họ được giữ nguyên.
              </p>
              <button type="submit" class="button button-secondary">
                Khóa tài khoản
              </button>
            </form>
          )
        ) : (
          <form method="post" action={`${base}/mo-khoa`} class="form">
            <CsrfField token={ctx.csrfToken} />
            <button type="submit" class="button">
              Mở khóa tài khoản
            </button>
          </form>
        )}
      </section>
      <section class="panel">
        <h2>Đặt lại mật khẩu</h2>
        <ResetPasswordForm userId={user.id} csrfToken={ctx.csrfToken} />
      </section>
    </AdminLayout>
  );
}

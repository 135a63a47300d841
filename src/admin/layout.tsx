import type { ComponentChildren } from 'preact';
import type { UserRole } from '../db/schema.js';
import { PERMISSIONS, type Action } from '../newsroom/permissions.js';
import { ROLE_NAMES } from '../newsroom/users.js';
import type { AdminContext } from './context.js';

/** The hidden field that @fastify/csrf-protection reads on every state-changing newsroom request. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** Menu entries; one with an action shows only to the roles the permission table gives it to. */
const NAV: { href: string; label: string; action?: Action }[] = [
  { href: '/admin', label: 'Bảng điều khiển' },
  { href: '/admin/thong-bao', label: 'Thông báo', action: 'article.view' },
  { href: '/admin/bai-viet', label: 'Bài viết', action: 'article.create' },
  { href: '/admin/bai-viet/moi', label: 'Viết bài', action: 'article.create' },
  { href: '/admin/anh', label: 'Ảnh', action: 'media.upload' },
  { href: '/admin/binh-luan', label: 'Bình luận', action: 'comments.moderate' },
  { href: '/admin/trang-chu', label: 'Trang chủ', action: 'home.curate' },
  { href: '/admin/thong-ke', label: 'Thống kê', action: 'stats.view' },
  { href: '/admin/nhuan-but', label: 'Nhuận bút', action: 'royalty.statements' },
  { href: '/admin/nhuan-but/cua-toi', label: 'Nhuận bút của tôi', action: 'royalty.own' },
  { href: '/admin/nhuan-but/cai-dat', label: 'Cài đặt nhuận bút', action: 'royalty.settings' },
  { href: '/admin/chuyen-muc', label: 'Chuyên mục', action: 'sections.manage' },
  { href: '/admin/nguoi-dung', label: 'Người dùng', action: 'users.manage' },
  { href: '/admin/cai-dat', label: 'Cài đặt', action: 'settings.manage' },
  { href: '/admin/tu-dien', label: 'Từ điển tìm kiếm', action: 'search.dictionary' },
  { href: '/admin/webhook', label: 'Webhook', action: 'settings.manage' },
  { href: '/admin/mat-khau', label: 'Mật khẩu' },
];

function menuFor(role: UserRole) {
  return NAV.filter((item) => !item.action || PERMISSIONS[item.action].includes(role));
}

/** The longest menu path that the current page lies under is the current entry (the dashboard only as itself). */
function currentEntry(path: string): string | undefined {
  return NAV.map((item) => item.href)
    .filter((href) => path === href || (href !== '/admin' && path.startsWith(`${href}/`)))
    .sort((a, b) => b.length - a.length)[0];
}

function Header({ ctx }: { ctx: AdminContext }) {
  const user = ctx.user;
  const current = currentEntry(ctx.currentPath);
  return (
    <header class="admin-header">
      <div class="admin-bar">
        <a class="admin-brand" href={user ? '/admin' : '/'}>
          <span class="admin-site">{ctx.siteName}</span> <span class="admin-product">Tòa soạn</span>
        </a>
        {user ? (
          // Shown on phones only (public/admin.css): opens the menu, and keeps the unread count in view while it is closed.
          <label for="admin-menu-toggle" class="admin-menu-button">
            Menu
            {ctx.notificationCount > 0 ? (
              <span class="nav-count" aria-label={`${ctx.notificationCount} thông báo chưa đọc`}>
                {' '}
                {ctx.notificationCount}
              </span>
            ) : null}
          </label>
        ) : null}
        {user ? (
          <div class="admin-user">
            <span class="admin-user-name">{user.display_name}</span>
            <span class="admin-role">{ROLE_NAMES[user.role]}</span>
            <form method="post" action="/admin/dang-xuat" class="admin-logout">
              <CsrfField token={ctx.csrfToken} />
              <button type="submit" class="button-link">
                Đăng xuất
              </button>
            </form>
          </div>
        ) : null}
      </div>
      {user ? <input type="checkbox" id="admin-menu-toggle" class="admin-menu-toggle" aria-controls="admin-nav" /> : null}
      {user ? (
        <nav id="admin-nav" class="admin-nav" aria-label="Tòa soạn">
          <ul>
            {menuFor(user.role).map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                  {item.label}
                  {item.href === '/admin/thong-bao' && ctx.notificationCount > 0 ? (
                    <span class="nav-count" aria-label={`${ctx.notificationCount} chưa đọc`}>
                      {' '}
                      {ctx.notificationCount}
                    </span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

export interface AdminLayoutProps {
  ctx: AdminContext;
  /** The page's own title; the site name and "Tòa soạn" are added. */
  title: string;
  children: ComponentChildren;
}

/** The newsroom shell. No inline script or style anywhere: the CSP allows neither. */
export function AdminLayout({ ctx, title, children }: AdminLayoutProps) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} - Tòa soạn ${ctx.siteName}`}</title>
        <link rel="stylesheet" href={ctx.cssUrl} />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
      </head>
      <body class="admin">
        <a class="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <Header ctx={ctx} />
        <main id="noi-dung" class="admin-main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}

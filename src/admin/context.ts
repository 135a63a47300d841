import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { User } from '../db/schema.js';
import { renderDocument } from '../site/render.js';

/** What every newsroom page needs besides its own content. */
export interface AdminContext {
  siteName: string;
  /** Versioned URL of public/admin.css. */
  cssUrl: string;
  user: User | null;
  /** For the hidden `_csrf` field of every form on the page, the logout button's included. */
  csrfToken: string;
  /** Path of this page, to mark the current menu entry. */
  currentPath: string;
  /** Unread notifications, for the menu's count (src/admin/routes/notifications.tsx loads it). */
  notificationCount: number;
}

export function adminContext(request: FastifyRequest, reply: FastifyReply): AdminContext {
  const app = request.server;
  return {
    siteName: app.siteInfo.name,
    cssUrl: app.adminAssets.css,
    user: request.user,
    csrfToken: reply.generateCsrf(),
    currentPath: request.url.split('?')[0] ?? request.url,
    notificationCount: request.notificationCount ?? 0,
  };
}

/** Newsroom pages are personal and hold a CSRF token: never stored by a browser or a CDN. */
export function sendAdminPage(reply: FastifyReply, page: VNode, status = 200) {
  return reply.status(status).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(renderDocument(page));
}

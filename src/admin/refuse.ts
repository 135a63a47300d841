import type { FastifyReply, FastifyRequest } from 'fastify';
import { LOGIN_PATH } from '../newsroom/auth.js';
import { sendNotice } from './pages/notice.js';

/** How the newsroom says no: a newsroom page for people, JSON for its scripts (autosave, uploads). */

export function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** A refusal as a newsroom page, or as JSON for the editor's background requests. */
export async function refuse(request: FastifyRequest, reply: FastifyReply, status: number, title: string, message: string) {
  if (wantsJson(request)) {
    return reply.status(status).header('Cache-Control', 'no-store').send({ error: message });
  }
  const links = request.user ? [{ href: '/admin', label: 'Về bảng điều khiển' }] : [{ href: LOGIN_PATH, label: 'Đăng nhập' }];
  return sendNotice(request, reply, status, title, message, links);
}

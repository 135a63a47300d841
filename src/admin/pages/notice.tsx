import type { FastifyReply, FastifyRequest } from 'fastify';
import { adminContext, sendAdminPage, type AdminContext } from '../context.js';
import { AdminLayout } from '../layout.js';

/** A short newsroom page for refusals (401, 403, 404) and confirmations. */
export function NoticePage({ ctx, title, message, links = [] }: { ctx: AdminContext; title: string; message: string; links?: NoticeLink[] }) {
  return (
    <AdminLayout ctx={ctx} title={title}>
      <section class="panel panel-narrow">
        <h1>{title}</h1>
        <p>{message}</p>
        {links.length > 0 ? (
          <ul class="links">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </AdminLayout>
  );
}

export interface NoticeLink {
  href: string;
  label: string;
}

/** Sends a notice page with the given status, from hooks and handlers alike. */
export function sendNotice(request: FastifyRequest, reply: FastifyReply, status: number, title: string, message: string, links: NoticeLink[] = []) {
  return sendAdminPage(reply, <NoticePage ctx={adminContext(request, reply)} title={title} message={message} links={links} />, status);
}

import type { Kysely } from 'kysely';
import type { ArticleStatus, Database, UserRole } from '../db/schema.js';

/** Audit records are kept for good and shown on every history page: a note is a note, not an essay. */
export const AUDIT_NOTE_MAX = 2000;

/** One record of the audit log, which the database refuses to change or delete once written. */
export interface AuditEntry {
  articleId: number;
  userId: number | null;
  role: UserRole | 'system';
  action: string;
  from: ArticleStatus | null;
  to: ArticleStatus;
  note?: string;
  at: Date;
}

export async function writeAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      article_id: entry.articleId,
      user_id: entry.userId,
      role: entry.role,
      action: entry.action,
      from_status: entry.from,
      to_status: entry.to,
      note: (entry.note ?? '').trim().normalize('NFC'),
      created_at: entry.at.toISOString(),
    })
    .execute();
}

import type { Database } from '../db/schema.js';

/**
 * What the export archive does with every table of the schema. The type is keyed by the schema,
 * so a table added to src/db/schema.ts without an entry here stops the build; test/data-tables
 * also compares this list with the tables the migrations really create.
 *
 * Exported tables are written and loaded in the order listed: a table comes after every table it
 * references. Tables that reference themselves are ordered so that a parent comes first.
 */
export type TablePolicy =
  | {
      kind: 'exported';
      /** Primary key columns; rows are written in this order unless `orderBy` says otherwise. */
      key: string[];
      /** SQL order that puts referenced rows first (self-references). */
      orderBy?: string;
      /** The column PostgreSQL fills from a sequence, which import moves past the loaded ids. */
      serial?: string;
      /** Columns emptied unless the export asks for secrets (--with-secrets). */
      secretColumns?: string[];
      /** Rows left out unless the export asks for secrets; a new value is made where needed. */
      secretRow?: (row: Record<string, unknown>) => boolean;
      /**
       * A first start or a migration already fills it (settings, default royalty genres): such rows
       * do not make a database "not empty", and an import replaces them with the archive's.
       */
      replacedOnImport?: true;
    }
  | {
      kind: 'regenerated';
      /** Why the table is not in the archive and how it comes back; shown in docs/export-format.md. */
      reason: string;
    };

export const TABLES: { [Table in keyof Database]: TablePolicy } = {
  users: { kind: 'exported', key: ['id'], serial: 'id', secretColumns: ['password_hash'] },
  sections: { kind: 'exported', key: ['id'], serial: 'id', orderBy: 'length(path), id' },
  images: { kind: 'exported', key: ['id'], serial: 'id' },
  articles: { kind: 'exported', key: ['id'], serial: 'id' },
  tags: { kind: 'exported', key: ['id'], serial: 'id' },
  article_tags: { kind: 'exported', key: ['article_id', 'tag_id'] },
  // A reply is always written after the comment it answers, so ids order parents first.
  comments: { kind: 'exported', key: ['id'], serial: 'id' },
  article_views_daily: { kind: 'exported', key: ['article_id', 'day'] },
  settings: { kind: 'exported', key: ['key'], secretRow: (row) => String(row.key).endsWith('_secret'), replacedOnImport: true },
  user_sections: { kind: 'exported', key: ['user_id', 'section_id'] },
  article_revisions: { kind: 'exported', key: ['id'], serial: 'id' },
  audit_log: { kind: 'exported', key: ['id'], serial: 'id' },
  banned_words: { kind: 'exported', key: ['id'], serial: 'id' },
  home_picks: { kind: 'exported', key: ['kind', 'position'] },
  import_sources: { kind: 'exported', key: ['source', 'kind', 'source_id'] },
  redirects: { kind: 'exported', key: ['from_path'] },
  royalty_genres: { kind: 'exported', key: ['id'], serial: 'id', replacedOnImport: true },
  royalty_unit_values: { kind: 'exported', key: ['id'], serial: 'id', replacedOnImport: true },
  royalty_kinds: { kind: 'exported', key: ['id'], serial: 'id', replacedOnImport: true },
  royalty_contributors: { kind: 'exported', key: ['id'], serial: 'id' },
  article_royalties: { kind: 'exported', key: ['article_id', 'stage'] },
  article_royalty_shares: { kind: 'exported', key: ['article_id', 'stage', 'position'] },
  royalty_audit: { kind: 'exported', key: ['id'], serial: 'id' },
  royalty_months: { kind: 'exported', key: ['month'] },
  royalty_lines: { kind: 'exported', key: ['id'], serial: 'id' },
  search_documents: { kind: 'regenerated', reason: 'the search index is rebuilt from the articles after an import' },
  search_terms: { kind: 'regenerated', reason: 'the search index is rebuilt from the articles after an import' },
  // Its secret signs every delivery: the endpoint moves only with --with-secrets, or is registered again.
  webhook_endpoints: { kind: 'exported', key: ['id'], serial: 'id', secretRow: () => true },
  webhook_events: { kind: 'regenerated', reason: 'past webhook events are not sent again: endpoints hear of changes made after the move' },
  webhook_deliveries: { kind: 'regenerated', reason: 'delivery attempts belong to the old installation' },
  notifications: {
    kind: 'regenerated',
    reason: 'in-app notifications are about the old installation’s recent steps; the history of each article is in its audit records',
  },
  comment_token_uses: { kind: 'regenerated', reason: 'used comment-form tokens expire within a day; forms of the old installation are not accepted anyway' },
  sessions: { kind: 'regenerated', reason: 'login sessions are not carried over: everyone logs in again' },
  login_throttle: { kind: 'regenerated', reason: 'failed-login counters start afresh' },
  article_presence: { kind: 'regenerated', reason: 'who has an article open in the editor is known again from the next heartbeat' },
};

export type ExportedPolicy = Extract<TablePolicy, { kind: 'exported' }>;

export function exportedTables(): Array<[string, ExportedPolicy]> {
  return Object.entries(TABLES).flatMap(([name, policy]): Array<[string, ExportedPolicy]> => (policy.kind === 'exported' ? [[name, policy]] : []));
}

/**
 * Tables that exist in a database but are no part of the schema the application reads: the
 * migrator's own, and the inner tables of the full-text index (SQLite's FTS5 tables,
 * PostgreSQL's `search_entries` and `search_recent`), rebuilt from the articles like `search_documents`.
 */
export function isInternalTable(name: string): boolean {
  return name.startsWith('kysely_') || name.startsWith('sqlite_') || /^search_(fts|exact|title|head|pairs|entries|recent)(_|$)/.test(name);
}

import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/** Editors' sections, article revisions, and the audit record of every workflow step. */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const time = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const autoId = (name: string) =>
    db.schema.createTable(name).addColumn('id', id, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()));

  await db.schema.alterTable('articles').addColumn('trashed_at', time).execute();
  await db.schema.alterTable('articles').addColumn('status_before_trash', 'text').execute();

  await db.schema
    .createTable('user_sections')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('user_sections_pk', ['user_id', 'section_id'])
    .execute();

  await autoId('article_revisions')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.notNull())
    .addColumn('byline', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('featured_image_id', 'integer')
    .addColumn('featured_caption', 'text', (c) => c.notNull())
    .addColumn('featured_credit', 'text', (c) => c.notNull())
    .addColumn('seo_title', 'text', (c) => c.notNull())
    .addColumn('seo_description', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', time, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_revisions_article_version').on('article_revisions').columns(['article_id', 'version']).unique().execute();

  await autoId('audit_log')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', time, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_article').on('audit_log').columns(['article_id', 'id']).execute();

  // The press law expects a record nobody can rewrite: the database itself refuses changes.
  if (dialect === 'postgres') {
    await sql`CREATE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit records cannot be changed or deleted'; END $$`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_immutable()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed or deleted'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed or deleted'); END`.execute(db);
  }
}

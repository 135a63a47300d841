import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * Nhuận bút (royalties) by the structure of Nghị định 18/2014/NĐ-CP: genres with coefficient
 * ranges, the value of one coefficient unit over time, kinds of contribution, outside contributors,
 * each article's proposed and approved royalty with its shares, an audit trail nobody can rewrite,
 * and the frozen lines of closed months. Amounts are integer đồng, coefficients integer hundredths,
 * shares integer hundredths of a percent (10000 = 100%): no floating point anywhere.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const time = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const money = dialect === 'postgres' ? 'bigint' : 'integer';
  const autoId = (name: string) =>
    db.schema.createTable(name).addColumn('id', id, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()));

  await autoId('royalty_genres')
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('min_coefficient', 'integer', (c) => c.notNull())
    .addColumn('max_coefficient', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await autoId('royalty_unit_values')
    // A calendar day in the site's time zone, YYYY-MM-DD: the value applies to works published from then on.
    .addColumn('effective_from', 'text', (c) => c.notNull().unique())
    .addColumn('value', money, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await autoId('royalty_kinds')
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await autoId('royalty_contributors')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('pen_name', 'text', (c) => c.notNull().defaultTo(''))
    // Payment details: shown only to those who propose and decide royalties.
    .addColumn('payment_details', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', time, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('article_royalties')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('genre_id', 'integer', (c) => c.notNull().references('royalty_genres.id'))
    .addColumn('coefficient', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', time, (c) => c.notNull())
    .addPrimaryKeyConstraint('article_royalties_pk', ['article_id', 'stage'])
    .execute();

  await db.schema
    .createTable('article_royalty_shares')
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('contributor_id', 'integer', (c) => c.references('royalty_contributors.id'))
    .addColumn('kind_id', 'integer', (c) => c.notNull().references('royalty_kinds.id'))
    .addColumn('share', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_royalty_shares_pk', ['article_id', 'stage', 'position'])
    .addForeignKeyConstraint('article_royalty_shares_royalty', ['article_id', 'stage'], 'article_royalties', ['article_id', 'stage'], (fk) => fk.onDelete('cascade'))
    .execute();

  await autoId('royalty_audit')
    .addColumn('article_id', 'integer', (c) => c.references('articles.id'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', time, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('royalty_audit_article').on('royalty_audit').columns(['article_id', 'id']).execute();
  if (dialect === 'postgres') {
    await sql`CREATE FUNCTION royalty_audit_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'royalty audit records cannot be changed or deleted'; END $$`.execute(db);
    await sql`CREATE TRIGGER royalty_audit_no_change BEFORE UPDATE OR DELETE ON royalty_audit
      FOR EACH ROW EXECUTE FUNCTION royalty_audit_immutable()`.execute(db);
  } else {
    await sql`CREATE TRIGGER royalty_audit_no_update BEFORE UPDATE ON royalty_audit
      BEGIN SELECT RAISE(ABORT, 'royalty audit records cannot be changed or deleted'); END`.execute(db);
    await sql`CREATE TRIGGER royalty_audit_no_delete BEFORE DELETE ON royalty_audit
      BEGIN SELECT RAISE(ABORT, 'royalty audit records cannot be changed or deleted'); END`.execute(db);
  }

  await db.schema
    .createTable('royalty_months')
    .addColumn('month', 'text', (c) => c.primaryKey())
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('closed_at', time, (c) => c.notNull())
    .execute();

  // A closed month's statement as it was paid: names and figures copied, so later edits change nothing.
  await autoId('royalty_lines')
    .addColumn('month', 'text', (c) => c.notNull().references('royalty_months.month'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
    .addColumn('article_title', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.notNull())
    .addColumn('section_name', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('contributor_id', 'integer', (c) => c.references('royalty_contributors.id'))
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('genre_name', 'text', (c) => c.notNull())
    .addColumn('kind_name', 'text', (c) => c.notNull())
    .addColumn('coefficient', 'integer', (c) => c.notNull())
    .addColumn('unit_value', money, (c) => c.notNull())
    .addColumn('share', 'integer', (c) => c.notNull())
    .addColumn('amount', money, (c) => c.notNull())
    .addColumn('adjustment', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('royalty_lines_month').on('royalty_lines').columns(['month', 'id']).execute();
  await db.schema.createIndex('royalty_lines_article').on('royalty_lines').columns(['article_id']).execute();
  await db.schema.createIndex('article_royalties_stage').on('article_royalties').columns(['stage', 'article_id']).execute();

  // Defaults modelled on the decree's table and on the base salary (one unit = 10% of it); every
  // one is editable by the administrator (src/royalties/settings.ts).
  const genres: [string, number, number][] = [
    ['Tin', 1, 10],
    ['Bài phản ánh, ghi chép', 3, 20],
    ['Phỏng vấn', 3, 15],
    ['Bình luận, chuyên luận', 5, 25],
    ['Phóng sự, điều tra', 10, 30],
    ['Ảnh', 1, 10],
    ['Tranh, đồ họa', 1, 10],
    ['Video', 2, 20],
  ];
  await sql`INSERT INTO royalty_genres (name, min_coefficient, max_coefficient, position) VALUES ${sql.join(
    genres.map(([name, min, max], i) => sql`(${name}, ${min * 100}, ${max * 100}, ${i})`),
  )}`.execute(db);
  const values: [string, number, string][] = [
    ['2019-07-01', 149_000, 'Lương cơ sở 1.490.000 đồng'],
    ['2023-07-01', 180_000, 'Lương cơ sở 1.800.000 đồng'],
    ['2024-07-01', 234_000, 'Lương cơ sở 2.340.000 đồng'],
  ];
  await sql`INSERT INTO royalty_unit_values (effective_from, value, note) VALUES ${sql.join(values.map(([day, value, note]) => sql`(${day}, ${value}, ${note})`))}`.execute(db);
  const kinds = ['Viết', 'Ảnh', 'Dịch', 'Biên tập', 'Đồ họa', 'Video', 'Cung cấp tin'];
  await sql`INSERT INTO royalty_kinds (name, position) VALUES ${sql.join(kinds.map((name, i) => sql`(${name}, ${i})`))}`.execute(db);
}

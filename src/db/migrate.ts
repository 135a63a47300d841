import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import type { Db, DialectName } from './connection.js';
import * as m0001 from './migrations/0001_initial.js';
import * as m0002 from './migrations/0002_search.js';
import * as m0003 from './migrations/0003_accounts.js';
import * as m0004 from './migrations/0004_workflow.js';
import * as m0005 from './migrations/0005_media.js';
import * as m0006 from './migrations/0006_moderation.js';
import * as m0007 from './migrations/0007_curation.js';
import * as m0008 from './migrations/0008_search_recency.js';
import * as m0009 from './migrations/0009_repair_search_recency.js';
import * as m0010a from './migrations/0010_a_working_copies.js';
import * as m0010b from './migrations/0010_b_notifications.js';
import * as m0011 from './migrations/0011_hardening.js';
import * as m0013 from './migrations/0013_webhooks.js';
import * as m0014 from './migrations/0014_data_import.js';
import * as m0015 from './migrations/0015_royalties.js';
import * as m0018 from './migrations/0018_article_presence.js';
import * as m0019 from './migrations/0019_search_entries.js';
import * as m0020 from './migrations/0020_search_statistics.js';
import * as m0021 from './migrations/0021_derived_strings.js';
import * as m0022 from './migrations/0022_excerpt_ends.js';
import * as m0023 from './migrations/0023_search_recent.js';

export interface MigrationContext {
  dialect: DialectName;
}

interface DialectAwareMigration {
  up(db: Kysely<unknown>, context: MigrationContext): Promise<void>;
}

/** Listed here rather than read from disk so the bundled server carries its migrations. */
const migrations: Record<string, DialectAwareMigration> = {
  '0001_initial': m0001,
  '0002_search': m0002,
  '0003_accounts': m0003,
  '0004_workflow': m0004,
  '0005_media': m0005,
  '0006_moderation': m0006,
  '0007_curation': m0007,
  '0008_search_recency': m0008,
  '0009_repair_search_recency': m0009,
  '0010_a_working_copies': m0010a,
  '0010_b_notifications': m0010b,
  '0011_hardening': m0011,
  '0013_webhooks': m0013,
  '0014_data_import': m0014,
  '0015_royalties': m0015,
  '0018_article_presence': m0018,
  '0019_search_entries': m0019,
  '0020_search_statistics': m0020,
  '0021_derived_strings': m0021,
  '0022_excerpt_ends': m0022,
  '0023_search_recent': m0023,
};

/** Names of every migration this version carries, oldest first. */
export function knownMigrations(): string[] {
  return Object.keys(migrations);
}

export class MigrationError extends Error {}

function migratorFor(db: Db): Migrator {
  const context: MigrationContext = { dialect: db.dialect };
  return new Migrator({
    db: db.kysely,
    provider: {
      getMigrations: async () =>
        Object.fromEntries(
          Object.entries(migrations).map(([name, migration]): [string, Migration] => [name, { up: (kysely) => migration.up(kysely, context) }]),
        ),
    },
  });
}

function applied(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    // No failed migration: the migrator could not even start (connection lost, no permission).
    if (!failed) throw new MigrationError(`Không chạy được migration: ${reason}`);
    throw new MigrationError(`Migration ${failed.migrationName} thất bại: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  return applied(await migratorFor(db).migrateToLatest());
}

/** Up to and including the named migration: a database as an older release left it (upgrade tests). */
export async function migrateTo(db: Db, name: string): Promise<string[]> {
  return applied(await migratorFor(db).migrateTo(name));
}

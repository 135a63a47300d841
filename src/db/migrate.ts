import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import type { Db, DialectName } from './connection.js';
import * as m0001 from './migrations/0001_initial.js';

export interface MigrationContext {
  dialect: DialectName;
}

interface DialectAwareMigration {
  up(db: Kysely<unknown>, context: MigrationContext): Promise<void>;
}

/** Listed here rather than read from disk so the bundled server carries its migrations. */
const migrations: Record<string, DialectAwareMigration> = {
  '0001_initial': m0001,
};

export class MigrationError extends Error {}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const context: MigrationContext = { dialect: db.dialect };
  const migrator = new Migrator({
    db: db.kysely,
    provider: {
      getMigrations: async () =>
        Object.fromEntries(
          Object.entries(migrations).map(([name, migration]): [string, Migration] => [
            name,
            { up: (kysely) => migration.up(kysely, context) },
          ]),
        ),
    },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`Migration ${failed?.migrationName ?? '?'} thất bại: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

import { ConfigError, loadConfig } from '../config.js';
import { DatabaseUrlError } from '../db/connection.js';
import { MigrationError } from '../db/migrate.js';
import { StartupError } from '../server/startup.js';
import { setPasswordCost } from '../newsroom/passwords.js';
import { CliError, type Command } from './args.js';
import { InterruptedError } from '../data/archive.js';
import { backup } from './commands/backup.js';
import { demo } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { generate } from './commands/generate.js';
import { importCommand } from './commands/import.js';
import { migrate } from './commands/migrate.js';
import { reindex } from './commands/reindex.js';
import { restore } from './commands/restore.js';
import { serve } from './commands/serve.js';
import { userCreate } from './commands/user-create.js';
import { userResetPassword } from './commands/user-reset-password.js';

const commands: Command[] = [serve, migrate, userCreate, userResetPassword, demo, reindex, generate, exportCommand, importCommand, backup, restore];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Tòa Soạn — phần mềm tòa soạn điện tử',
    '',
    'Cách dùng: toasoan <lệnh> [tham số]   (mỗi lệnh có --help)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`toasoan: không có lệnh "${name}". Chạy "toasoan --help" để xem các lệnh.`);
    return 2;
  }
  try {
    setPasswordCost(loadConfig().passwordHashCost);
    await command.run(rest);
    return 0;
  } catch (error) {
    const known =
      error instanceof CliError ||
      error instanceof InterruptedError ||
      error instanceof ConfigError ||
      error instanceof StartupError ||
      error instanceof DatabaseUrlError ||
      error instanceof MigrationError ||
      (error instanceof Error && error.constructor.name.endsWith('InputError'));
    const message = error instanceof Error ? error.message : String(error);
    console.error(`toasoan ${name}: ${known ? message : `lỗi: ${message.split('\n')[0]}`}`);
    return error instanceof InterruptedError ? 130 : 1;
  }
}

const exitCode = await main(process.argv.slice(2));
// serve keeps running; every other command ends here.
if (exitCode !== 0 || process.argv[2] !== 'serve') process.exitCode = exitCode;

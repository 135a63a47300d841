import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { generatePassword } from '../../newsroom/passwords.js';
import { openSessionStore } from '../../newsroom/sessions.js';
import { forgetInitialPassword } from '../../newsroom/initial-password.js';
import { setPassword } from '../../newsroom/users.js';
import { CliError, givenPassword, parse, type Command } from '../args.js';

export const userResetPassword: Command = {
  name: 'user:reset-password',
  summary: 'đặt lại mật khẩu; không có --password thì sinh mật khẩu ngẫu nhiên và in ra một lần',
  usage: 'toasoan user:reset-password --username TEN [--password MK | --password-stdin]',
  async run(argv) {
    const { values } = parse(argv, { username: { type: 'string' }, password: { type: 'string' }, 'password-stdin': { type: 'boolean' } });
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}`);
    if (!values.username) throw new CliError(`thiếu --username. Cách dùng: ${this.usage}`);
    const given = await givenPassword(values);
    const password = given ?? generatePassword();
    const config = loadConfig();
    const db = openDatabase(config.databaseUrl);
    const sessions = openSessionStore(config, db.kysely);
    try {
      const user = await setPassword(db.kysely, sessions, values.username, password);
      forgetInitialPassword(config.dataDir, user.username);
      console.log(`Đã đặt lại mật khẩu cho "${values.username}".${given ? '' : ` Mật khẩu mới: ${password}`}`);
    } finally {
      await sessions.close();
      await db.close();
    }
  },
};

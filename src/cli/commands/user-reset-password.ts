import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { generatePassword } from '../../newsroom/passwords.js';
import { openSessionStore } from '../../newsroom/sessions.js';
import { setPassword } from '../../newsroom/users.js';
import { CliError, parse, type Command } from '../args.js';

export const userResetPassword: Command = {
  name: 'user:reset-password',
  summary: 'đặt lại mật khẩu; không có --password thì sinh mật khẩu ngẫu nhiên và in ra một lần',
  usage: 'toasoan user:reset-password --username TEN [--password MK]',
  async run(argv) {
    const { values } = parse(argv, { username: { type: 'string' }, password: { type: 'string' } });
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}`);
    if (!values.username) throw new CliError(`thiếu --username. Cách dùng: ${this.usage}`);
    const password = values.password ?? generatePassword();
    const config = loadConfig();
    const db = openDatabase(config.databaseUrl);
    const sessions = openSessionStore(config, db.kysely);
    try {
      await setPassword(db.kysely, sessions, values.username, password);
      console.log(`Đã đặt lại mật khẩu cho "${values.username}".${values.password ? '' : ` Mật khẩu mới: ${password}`}`);
    } finally {
      await sessions.close();
      await db.close();
    }
  },
};

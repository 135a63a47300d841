import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { UserRole } from '../../db/schema.js';
import { generatePassword } from '../../newsroom/passwords.js';
import { createUser, ROLES } from '../../newsroom/users.js';
import { CliError, givenPassword, parse, type Command } from '../args.js';

export const userCreate: Command = {
  name: 'user:create',
  summary: 'tạo tài khoản; không có --password thì sinh mật khẩu ngẫu nhiên và in ra một lần',
  usage: `toasoan user:create --username TEN --name "Tên hiển thị" --role ${ROLES.join('|')} [--password MK | --password-stdin] [--email E]`,
  async run(argv) {
    const { values } = parse(argv, {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      email: { type: 'string' },
    });
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}`);
    if (!values.username || !values.name || !values.role) throw new CliError(`thiếu tham số. Cách dùng: ${this.usage}`);
    if (!ROLES.includes(values.role as UserRole)) throw new CliError(`vai trò không hợp lệ: ${values.role} (${ROLES.join(', ')})`);
    const given = await givenPassword(values);
    const password = given ?? generatePassword();
    const db = openDatabase(loadConfig().databaseUrl);
    try {
      await migrateToLatest(db);
      const user = await createUser(db.kysely, {
        username: values.username,
        displayName: values.name,
        role: values.role as UserRole,
        password,
        email: values.email,
      });
      console.log(`Đã tạo tài khoản "${user.username}" (${user.role}).${given ? '' : ` Mật khẩu: ${password}`}`);
    } finally {
      await db.close();
    }
  },
};

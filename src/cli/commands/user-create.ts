import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { Kysely } from 'kysely';
import { listSections } from '../../content/sections.js';
import type { Database, UserRole } from '../../db/schema.js';
import { assignSections } from '../../newsroom/actors.js';
import { generatePassword } from '../../newsroom/passwords.js';
import { createUser, ROLES } from '../../newsroom/users.js';
import { CliError, givenPassword, parse, type Command } from '../args.js';

/** "kinh-te, thoi-su/" → ['kinh-te', 'thoi-su']: section paths as the reading site's URLs show them. */
function sectionPaths(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  const paths = [
    ...new Set(
      raw
        .split(',')
        .map((p) =>
          p
            .trim()
            .replace(/^\/+|\/+$/g, '')
            .toLowerCase(),
        )
        .filter(Boolean),
    ),
  ];
  if (paths.length === 0) throw new CliError('--sections cần ít nhất một đường dẫn chuyên mục, ví dụ --sections kinh-te,thoi-su');
  return paths;
}

/** Every path must name a section; the error lists the ones that exist. */
async function resolveSections(db: Kysely<Database>, paths: string[]): Promise<number[]> {
  const sections = await listSections(db);
  const byPath = new Map(sections.map((s) => [s.path, s.id]));
  const unknown = paths.filter((p) => !byPath.has(p));
  if (unknown.length > 0) {
    throw new CliError(`không có chuyên mục: ${unknown.join(', ')}. Các chuyên mục: ${sections.map((s) => s.path).join(', ') || '(chưa có)'}`);
  }
  return paths.map((p) => byPath.get(p) as number);
}

export const userCreate: Command = {
  name: 'user:create',
  summary: 'tạo tài khoản; không có --password thì sinh mật khẩu ngẫu nhiên và in ra một lần',
  usage: `toasoan user:create --username TEN --name "Tên hiển thị" --role ${ROLES.join('|')} [--password MK | --password-stdin] [--email E] [--sections kinh-te,thoi-su]`,
  async run(argv) {
    const { values } = parse(argv, {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      email: { type: 'string' },
      sections: { type: 'string' },
    });
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}`);
    if (!values.username || !values.name || !values.role) throw new CliError(`thiếu tham số. Cách dùng: ${this.usage}`);
    if (!ROLES.includes(values.role as UserRole)) throw new CliError(`vai trò không hợp lệ: ${values.role} (${ROLES.join(', ')})`);
    const paths = sectionPaths(values.sections);
    if (paths.length > 0 && values.role !== 'editor') throw new CliError('--sections chỉ dùng cho vai trò editor (biên tập viên).');
    const given = await givenPassword(values);
    const password = given ?? generatePassword();
    const db = openDatabase(loadConfig().databaseUrl);
    try {
      await migrateToLatest(db);
      const sectionIds = await resolveSections(db.kysely, paths);
      const user = await createUser(db.kysely, {
        username: values.username,
        displayName: values.name,
        role: values.role as UserRole,
        password,
        email: values.email,
      });
      await assignSections(db.kysely, user.id, sectionIds);
      const covered = paths.length > 0 ? ` Chuyên mục: ${paths.join(', ')} (gồm cả chuyên mục con).` : '';
      console.log(`Đã tạo tài khoản "${user.username}" (${user.role}).${covered}${given ? '' : ` Mật khẩu: ${password}`}`);
    } finally {
      await db.close();
    }
  },
};

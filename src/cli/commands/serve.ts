import { buildApp } from '../../app.js';
import { prepareDatabase } from '../../bootstrap.js';
import { loadConfig } from '../../config.js';
import { stopOnSignals } from '../../server/lifecycle.js';
import { parse, type Command } from '../args.js';

export const serve: Command = {
  name: 'serve',
  summary: 'chạy máy chủ web (migration, quản trị viên đầu tiên và báo mẫu khi cơ sở dữ liệu còn trống)',
  usage: 'toasoan serve [--port N] [--host H]',
  async run(argv) {
    const { values } = parse(argv, { port: { type: 'string' }, host: { type: 'string' } });
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}`);
    const config = loadConfig();
    if (values.port) config.port = Number(values.port);
    if (values.host) config.host = values.host;
    const db = await prepareDatabase(config, { info: (m) => console.log(m) });
    const app = await buildApp(config, { db });
    stopOnSignals(app, db, config, { say: (m) => console.log(m), exit: (code) => process.exit(code) });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`Tòa Soạn đang chạy tại ${config.siteUrl} (lắng nghe ${config.host}:${port})`);
  },
};

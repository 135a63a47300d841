import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command-line failure: printed as one line, exit code 1. */
export class CliError extends Error {}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<void>;
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** `--password-stdin`: the first line of standard input, so no password lands in shell history or `ps`. */
export async function passwordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    if (Buffer.concat(chunks).includes(0x0a) || Buffer.concat(chunks).length > 4096) break;
  }
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
  if (!password) throw new CliError('không đọc được mật khẩu từ đầu vào chuẩn (--password-stdin)');
  return password;
}

/** The password a command was given: --password, --password-stdin, or none (a random one is made). */
export async function givenPassword(values: { password?: string; 'password-stdin'?: boolean }): Promise<string | undefined> {
  if (values.password !== undefined && values['password-stdin']) throw new CliError('chỉ dùng một trong --password và --password-stdin');
  return values['password-stdin'] ? passwordFromStdin() : values.password;
}

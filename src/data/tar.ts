import type { Readable, Writable } from 'node:stream';

/**
 * The few parts of POSIX ustar that archives of this project need: regular files with names under
 * 100 bytes, written one after another and read back in order. Kept here rather than taken from a
 * package because it is small and the archive's layout is part of a documented format.
 */

const BLOCK = 512;
const NAME_BYTES = 100;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mtime: Date): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  if (nameBytes.length >= NAME_BYTES) throw new Error(`tar: tên tệp quá dài: ${name}`);
  const block = Buffer.alloc(BLOCK);
  nameBytes.copy(block, 0);
  block.write(octal(0o644, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write('0', 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148, 'ascii');
  return block;
}

function write(out: Writable, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.write(data)) resolve();
    else {
      const onError = (error: Error) => reject(error);
      out.once('error', onError);
      out.once('drain', () => {
        out.off('error', onError);
        resolve();
      });
    }
  });
}

/** Appends entries to a stream; `end()` writes the two zero blocks that close an archive. */
export class TarWriter {
  private readonly mtime = new Date();

  constructor(private readonly out: Writable) {}

  async add(name: string, data: Buffer): Promise<void> {
    await write(this.out, header(name, data.length, this.mtime));
    await write(this.out, data);
    const padding = (BLOCK - (data.length % BLOCK)) % BLOCK;
    if (padding) await write(this.out, Buffer.alloc(padding));
  }

  async end(): Promise<void> {
    await write(this.out, Buffer.alloc(BLOCK * 2));
  }
}

export interface TarEntry {
  name: string;
  data: Buffer;
}

export class TarFormatError extends Error {}

function readOctal(block: Buffer, offset: number, width: number): number {
  const text = block
    .toString('ascii', offset, offset + width)
    .replace(/[\0 ]+$/g, '')
    .trim();
  if (!/^[0-7]*$/.test(text)) throw new TarFormatError('tệp lưu trữ hỏng (tiêu đề tar không hợp lệ)');
  return text ? parseInt(text, 8) : 0;
}

/** `block` is one header block, BLOCK bytes long; the checksum field itself counts as spaces. */
function checksumOk(block: Buffer): boolean {
  const sum = block.reduce((total, byte, i) => total + (i >= 148 && i < 156 ? 32 : byte), 0);
  return sum === readOctal(block, 148, 8);
}

/** Reads regular-file entries in archive order; each entry's bytes are held whole (entries are small by design). */
export async function* readTar(input: Readable, maxEntryBytes: number): AsyncGenerator<TarEntry> {
  let buffer: Buffer = Buffer.alloc(0);
  let ended = false;
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const fill = async (bytes: number): Promise<boolean> => {
    const chunks = [buffer];
    let length = buffer.length;
    while (length < bytes && !ended) {
      const next = await iterator.next();
      if (next.done) ended = true;
      else {
        chunks.push(next.value);
        length += next.value.length;
      }
    }
    buffer = Buffer.concat(chunks, length);
    return buffer.length >= bytes;
  };
  for (;;) {
    if (!(await fill(BLOCK))) throw new TarFormatError('tệp lưu trữ bị cắt cụt');
    const block = buffer.subarray(0, BLOCK);
    if (block.every((byte) => byte === 0)) return;
    if (!checksumOk(block)) throw new TarFormatError('tệp lưu trữ hỏng (tổng kiểm tra tar sai)');
    const name = block.toString('utf8', 0, NAME_BYTES).replace(/\0.*$/s, '');
    const size = readOctal(block, 124, 12);
    const type = String.fromCharCode(block[156] || 48);
    if (size > maxEntryBytes) throw new TarFormatError(`tệp lưu trữ có phần quá lớn: ${name}`);
    const total = BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (!(await fill(total))) throw new TarFormatError('tệp lưu trữ bị cắt cụt');
    const data = Buffer.from(buffer.subarray(BLOCK, BLOCK + size));
    buffer = buffer.subarray(total);
    if (type === '0') yield { name, data };
  }
}

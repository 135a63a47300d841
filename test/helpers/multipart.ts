import { randomBytes } from 'node:crypto';

/** A file of a multipart form, as a browser sends it. */
export interface FilePart {
  name: string;
  data: Buffer;
  type?: string;
}

/** A multipart/form-data body with text fields and at most one file (field `file`), as the upload forms send it. */
export function multipartBody(fields: Record<string, string>, file: FilePart | null): { body: Buffer; type: string } {
  const boundary = `----toasoan${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
    );
    chunks.push(file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

import { parentPort } from 'node:worker_threads';
import type { OfficeJobs, OfficeReply, OfficeRequest } from './office.js';

/**
 * The office worker's entry (see src/data/office.ts; bundled as dist/office-worker.js). Each
 * library is imported on its job's first use: a worker started for an export never loads mammoth.
 * Failures go back as messages (a stack is text; an Error object would not survive the trip intact).
 */

type Answer<K extends keyof OfficeJobs> = { output: OfficeJobs[K]['output']; transfer: ArrayBuffer[] };

async function answer(request: OfficeRequest): Promise<Answer<OfficeRequest['kind']>> {
  switch (request.kind) {
    case 'statement-workbook': {
      const { buildStatementWorkbook } = await import('../royalties/xlsx-book.js');
      const output = await buildStatementWorkbook(request.input.statement, request.input.title);
      return { output, transfer: [output.buffer as ArrayBuffer] };
    }
    case 'docx-to-html': {
      const { docxToHtml } = await import('./word-convert.js');
      const output = await docxToHtml(request.input.data);
      const transfer = 'images' in output ? output.images.map((image) => image.bytes.buffer as ArrayBuffer) : [];
      return { output, transfer };
    }
  }
}

const port = parentPort;
if (!port) throw new Error('office-worker runs as a worker thread (see src/data/office.ts)');
port.on('message', (request: OfficeRequest) => {
  answer(request).then(
    ({ output, transfer }) => port.postMessage({ id: request.id, ok: true, output } satisfies OfficeReply, transfer),
    (error: unknown) =>
      port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies OfficeReply),
  );
});

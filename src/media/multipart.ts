import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_UPLOAD_BYTES } from './store.js';

/**
 * Reading an upload form (multipart/form-data) for the media library's routes only.
 *
 * The whole form is read in preValidation, before the newsroom's CSRF check (a preHandler) runs, and
 * its text fields become `request.body`: the check then finds `_csrf` in the body exactly as it does
 * for an ordinary form, so the upload works without JavaScript. The file is kept aside, here.
 *
 * A file over the limit is cut off rather than thrown on: the rest of the request is still read, so
 * the browser receives our 413 page instead of a reset connection in the middle of its upload.
 */

export interface UploadedFile {
  filename: string;
  data: Buffer;
}

export type UploadProblem = 'too-large' | 'malformed' | 'too-many-parts';

export interface UploadForm {
  file: UploadedFile | null;
  problem: UploadProblem | null;
}

const uploads = new WeakMap<FastifyRequest, UploadForm>();

const LIMITS = {
  fileSize: MAX_UPLOAD_BYTES,
  files: 1,
  fields: 12,
  parts: 13,
  fieldSize: 16 * 1024,
};

/** The upload that came with this request; null when it was not a multipart request. */
export function uploadOf(request: FastifyRequest): UploadForm | null {
  return uploads.get(request) ?? null;
}

async function readForm(request: FastifyRequest): Promise<{ fields: Record<string, string>; form: UploadForm }> {
  const fields: Record<string, string> = {};
  const form: UploadForm = { file: null, problem: null };
  // throwFileSizeLimit is read per call at run time but left out of the call's type.
  const options = { limits: LIMITS, throwFileSizeLimit: false };
  try {
    for await (const part of request.parts(options)) {
      if (part.type === 'field') {
        if (part.valueTruncated) form.problem = 'too-many-parts';
        else if (typeof part.value === 'string' && !(part.fieldname in fields)) fields[part.fieldname] = part.value;
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.file.truncated) form.problem = 'too-large';
      else if (part.fieldname === 'file') form.file = { filename: part.filename, data: Buffer.concat(chunks) };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    form.problem = code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' ? 'too-many-parts' : 'malformed';
  }
  if (form.problem) form.file = null;
  return { fields, form };
}

/** Registers the multipart parser and the form reader on the (encapsulated) media plugin. */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  if (!app.hasPlugin('@fastify/multipart')) await app.register(multipart, { limits: LIMITS, throwFileSizeLimit: false });
  app.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) return;
    const { fields, form } = await readForm(request);
    request.body = fields;
    uploads.set(request, form);
  });
}

import type { FastifyInstance } from 'fastify';
import { convertDocx, WordInputError } from '../../data/word.js';
import { acceptUploads, uploadOf } from '../../media/multipart.js';
import { currentUser } from '../../newsroom/auth.js';
import { routeOf } from '../paths.js';
import { formBody } from '../schemas.js';

export const WORD_IMPORT_PATH = '/admin/bai-viet/nhap-word';

/** "Nhập từ Word" in the article editor: a .docx in, body HTML (pictures in the media library) out, as JSON. */
export async function wordImportRoutes(app: FastifyInstance) {
  await acceptUploads(app);
  app.post(routeOf(WORD_IMPORT_PATH), { config: { permission: 'media.upload' }, schema: { body: formBody() } }, async (request, reply) => {
    const upload = uploadOf(request);
    if (upload?.problem === 'too-large') return reply.status(413).send({ error: 'Tệp Word vượt quá 20 MB.' });
    if (!upload?.file) return reply.status(400).send({ error: 'Chưa chọn tệp Word (.docx).' });
    try {
      return await convertDocx(app.db.kysely, app.config.mediaDir, upload.file.data, currentUser(request).id);
    } catch (error) {
      if (error instanceof WordInputError) return reply.status(400).send({ error: error.message });
      throw error;
    }
  });
}

import type { Static } from '@sinclair/typebox';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { versionedAsset } from '../../assets.js';
import type { Image } from '../../db/schema.js';
import { HttpError } from '../../http-error.js';
import { checkImageText, findImage, findImageByHash, listImages, type ImageTextErrors } from '../../media/library.js';
import { acceptUploads, uploadOf } from '../../media/multipart.js';
import { contentHash, ImageRejectedError, storeImage } from '../../media/store.js';
import { pickedImage } from '../../media/picked.js';
import { imageWidths, variantUrl } from '../../media/urls.js';
import { currentUser } from '../../newsroom/auth.js';
import { changeImageText, mayEditImageText } from '../../newsroom/media-text.js';
import { positiveId, textOf } from '../../request-fields.js';
import { adminContext, sendAdminPage } from '../context.js';
import { MediaImagePage } from '../pages/media-image.js';
import { MediaLibraryPage, type UploadValues } from '../pages/media-library.js';
import { featuredPickPath, imagePagePath, LIBRARY_PATH, PICK_MODES, pickerParams, withQuery, type PickMode, type Picker } from '../pages/media-parts.js';
import { routeOf } from '../paths.js';
import { wantsJson } from '../refuse.js';
import { formBody, ID_PARAMS, queryFields, type Fields, type IdParams } from '../schemas.js';

/** The media library: /admin/anh (browse, search, upload, pick) and /admin/anh/{id} (one image). */

const config = { permission: 'media.upload' } as const;
const PICKER_FIELDS = ['chon', 'bai'] as const;
const IMAGE_TEXT_FIELDS = ['alt', 'caption', 'credit'] as const;
const LIBRARY_QUERY = queryFields('q', 'trang', 'da-tai', 'da-co', ...PICKER_FIELDS);
const UPLOAD_BODY = formBody(...PICKER_FIELDS, ...IMAGE_TEXT_FIELDS);
const IMAGE_QUERY = queryFields('da-luu', ...PICKER_FIELDS);
const PICKER_QUERY = queryFields(...PICKER_FIELDS);
const IMAGE_TEXT_BODY = formBody(...IMAGE_TEXT_FIELDS);
type LibraryQuery = Static<typeof LIBRARY_QUERY>;
type LibraryRequest = FastifyRequest<{ Querystring: LibraryQuery }>;

let scriptUrl: string | undefined | null = null;

/** The bundled upload script (public/assets/media.js) with a content hash, once it has been built. */
function mediaScript(): string | undefined {
  if (scriptUrl === null) scriptUrl = versionedAsset('assets/media.js', '/static/assets/media.js');
  return scriptUrl;
}

/** The picker from `?chon=…&bai=…` (or the same fields of the upload form). */
function pickerFrom(record: Fields<(typeof PICKER_FIELDS)[number]>): Picker | null {
  const mode = textOf(record.chon);
  if (!(mode in PICK_MODES)) return null;
  return { mode: mode as PickMode, articleId: positiveId(record.bai) };
}

function idList(value: string): number[] {
  return value
    .split(',')
    .map((part) => positiveId(part))
    .filter((id): id is number => id !== null)
    .slice(0, 50);
}

interface LibraryOptions {
  status?: number;
  notice?: { kind: 'ok' | 'error'; text: string };
  upload?: { values: UploadValues; errors: ImageTextErrors };
  picker?: Picker | null;
}

async function sendLibrary(request: LibraryRequest, reply: FastifyReply, options: LibraryOptions = {}) {
  const query = request.query;
  const picker = options.picker !== undefined ? options.picker : pickerFrom(query);
  const q = textOf(query.q).slice(0, 200);
  const page = Math.min(positiveId(query.trang) ?? 1, 10_000);
  const { images, total } = await listImages(request.server.db.kysely, q, page);
  // The editor's picture dialog searches the same way, newest first when nothing is typed.
  if (wantsJson(request)) return reply.header('Cache-Control', 'no-store').send({ query: q, page, total, images: images.map(pickedImage) });
  const fresh = idList(textOf(query['da-tai']));
  const existed = positiveId(query['da-co']);
  const notice =
    options.notice ??
    (existed !== null
      ? { kind: 'ok' as const, text: `Ảnh này đã có trong thư viện (ảnh #${existed}) nên không lưu thêm bản nữa.` }
      : fresh.length > 0
        ? { kind: 'ok' as const, text: fresh.length === 1 ? `Đã tải lên ảnh #${fresh[0]}.` : `Đã tải lên ${fresh.length} ảnh.` }
        : undefined);
  const view = (
    <MediaLibraryPage
      ctx={adminContext(request, reply)}
      timeZone={request.server.config.timeZone}
      picker={picker}
      query={q}
      page={page}
      total={total}
      images={images}
      fresh={existed !== null ? [existed] : fresh}
      notice={notice}
      upload={options.upload}
      scriptUrl={mediaScript()}
    />
  );
  return sendAdminPage(reply, view, options.status);
}

/** What the drag-and-drop script needs to show a finished upload. */
function uploadJson(image: Image, existed: boolean, picker: Picker | null) {
  return {
    id: image.id,
    existed,
    alt: image.alt,
    caption: image.caption,
    page: imagePagePath(image.id, picker),
    thumb: variantUrl(image, imageWidths(image)[0] ?? image.width),
    pick: picker?.mode === 'anh-dai-dien' ? featuredPickPath(picker, image.id) : null,
    image: pickedImage(image),
  };
}

const PROBLEMS = {
  'too-large': { status: 413, text: 'Ảnh vượt quá 20 MB nên chưa được lưu. Hãy giảm kích thước ảnh rồi tải lại.' },
  'too-many-parts': { status: 413, text: 'Mỗi lần chỉ gửi được một ảnh kèm mô tả, chú thích và nguồn ảnh.' },
  malformed: { status: 400, text: 'Dữ liệu tải lên bị hỏng hoặc không đầy đủ. Vui lòng thử lại.' },
};

/** The media folder refused the file: a problem of the server, said to the person, not a crash page. */
function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR'].includes(code);
}

/** A refused upload shows the library again as the person left it, so the POST reads the library's query too. */
async function postUpload(request: FastifyRequest<{ Querystring: LibraryQuery; Body: Static<typeof UPLOAD_BODY> }>, reply: FastifyReply) {
  const fields = request.body ?? {};
  const picker = pickerFrom(fields);
  const values = { alt: textOf(fields.alt), caption: textOf(fields.caption), credit: textOf(fields.credit) };
  const refuse = (status: number, text: string, errors: ImageTextErrors = {}) => {
    if (wantsJson(request)) return reply.status(status).header('Cache-Control', 'no-store').send({ error: text, errors });
    return sendLibrary(request, reply, { status, picker, notice: { kind: 'error', text }, upload: { values, errors } });
  };

  const upload = uploadOf(request);
  if (!upload) return refuse(400, 'Ảnh cần được gửi bằng biểu mẫu tải lên.');
  if (upload.problem) return refuse(PROBLEMS[upload.problem].status, PROBLEMS[upload.problem].text);
  if (!upload.file || (upload.file.data.length === 0 && !upload.file.filename)) return refuse(400, 'Chưa chọn tệp ảnh để tải lên.');
  const { text, errors } = checkImageText(values);
  if (Object.keys(errors).length > 0) return refuse(400, errors.alt ?? 'Thông tin ảnh chưa hợp lệ, xem các ô được đánh dấu.', errors);

  const db = request.server.db.kysely;
  const existing = await findImageByHash(db, contentHash(upload.file.data));
  let image: Image;
  try {
    image = await storeImage(db, request.server.config.mediaDir, upload.file.data, {
      originalName: path.basename(upload.file.filename.replace(/\\/g, '/')) || 'anh',
      ...text,
      uploadedBy: currentUser(request).id,
    });
  } catch (error) {
    if (isStorageFailure(error)) {
      request.log.error({ err: error }, 'media folder not writable');
      return refuse(503, 'Máy chủ không lưu được ảnh: thư mục ảnh không ghi được hoặc đã đầy. Ảnh chưa được lưu; hãy báo quản trị hệ thống.');
    }
    if (!(error instanceof ImageRejectedError)) throw error;
    return refuse(400, `${error.message} Ảnh chưa được lưu.`);
  }
  const existed = existing !== undefined;
  if (wantsJson(request))
    return reply
      .status(existed ? 200 : 201)
      .header('Cache-Control', 'no-store')
      .send(uploadJson(image, existed, picker));
  return reply.redirect(withQuery(LIBRARY_PATH, { ...pickerParams(picker), [existed ? 'da-co' : 'da-tai']: image.id }), 303);
}

async function imageFromParams(request: FastifyRequest<{ Params: IdParams }>): Promise<Image> {
  const id = positiveId(request.params.id);
  const image = id === null ? undefined : await findImage(request.server.db.kysely, id);
  if (!image) throw new HttpError(404, 'Không có ảnh này trong thư viện.');
  return image;
}

async function uploaderName(request: FastifyRequest, image: Image): Promise<string | null> {
  if (image.uploaded_by === null) return null;
  const user = await request.server.db.kysely.selectFrom('users').select('display_name').where('id', '=', image.uploaded_by).executeTakeFirst();
  return user?.display_name ?? null;
}

async function getImage(request: FastifyRequest<{ Params: IdParams; Querystring: Static<typeof IMAGE_QUERY> }>, reply: FastifyReply) {
  const image = await imageFromParams(request);
  const query = request.query;
  const page = (
    <MediaImagePage
      ctx={adminContext(request, reply)}
      timeZone={request.server.config.timeZone}
      image={image}
      picker={pickerFrom(query)}
      uploaderName={await uploaderName(request, image)}
      notice={query['da-luu'] === '1' ? { kind: 'ok', text: 'Đã lưu thông tin ảnh.' } : undefined}
      scriptUrl={mediaScript()}
    />
  );
  return sendAdminPage(reply, page);
}

async function postImage(
  request: FastifyRequest<{ Params: IdParams; Querystring: Static<typeof PICKER_QUERY>; Body: Static<typeof IMAGE_TEXT_BODY> }>,
  reply: FastifyReply,
) {
  const image = await imageFromParams(request);
  if (!mayEditImageText(currentUser(request), image)) throw new HttpError(403, 'Chỉ người tải ảnh lên và biên tập viên trở lên được sửa thông tin ảnh này.');
  const fields = request.body ?? {};
  const picker = pickerFrom(request.query);
  const { text, errors } = checkImageText({ alt: textOf(fields.alt), caption: textOf(fields.caption), credit: textOf(fields.credit) });
  if (Object.keys(errors).length > 0) {
    const page = (
      <MediaImagePage
        ctx={adminContext(request, reply)}
        timeZone={request.server.config.timeZone}
        image={image}
        picker={picker}
        uploaderName={await uploaderName(request, image)}
        form={text}
        errors={errors}
        notice={{ kind: 'error', text: 'Chưa lưu: xem các ô được đánh dấu.' }}
        scriptUrl={mediaScript()}
      />
    );
    return sendAdminPage(reply, page, 400);
  }
  await changeImageText(request.server.db.kysely, currentUser(request), image, text);
  return reply.redirect(withQuery(`${LIBRARY_PATH}/${image.id}`, { ...pickerParams(picker), 'da-luu': 1 }), 303);
}

export async function mediaRoutes(app: FastifyInstance) {
  await acceptUploads(app);
  const library = routeOf(LIBRARY_PATH);
  app.get(library, { config, schema: { querystring: LIBRARY_QUERY } }, sendLibrary);
  app.post(library, { config, schema: { querystring: LIBRARY_QUERY, body: UPLOAD_BODY } }, postUpload);
  app.get(`${library}/:id`, { config, schema: { params: ID_PARAMS, querystring: IMAGE_QUERY } }, getImage);
  app.post(`${library}/:id`, { config, schema: { params: ID_PARAMS, querystring: PICKER_QUERY, body: IMAGE_TEXT_BODY } }, postImage);
}

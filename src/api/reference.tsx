import type { FastifyInstance, FastifyReply } from 'fastify';
import { renderDocument } from '../site/render.js';
import { Layout } from '../site/layout.js';
import { loadSiteContext } from '../site/site-context.js';
import type { openApiDocument } from './openapi.js';

/** The human-readable API reference, rendered from the generated OpenAPI document itself. */

type OpenApi = ReturnType<typeof openApiDocument>;
interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: Record<string, unknown>;
}
interface Operation {
  summary?: string;
  description?: string;
  parameters: Parameter[];
  responses: Record<string, { description: string; content?: { 'application/json': { schema: Record<string, unknown> } } }>;
}

function typeOf(schema: Record<string, unknown>): string {
  const parts = [String(schema.type ?? (schema.anyOf ? 'một trong các giá trị' : ''))];
  if (schema.format) parts.push(String(schema.format));
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${String(schema.minimum ?? '')}–${String(schema.maximum ?? '')}`);
  if (schema.default !== undefined) parts.push(`mặc định ${String(schema.default)}`);
  return parts.filter(Boolean).join(', ');
}

/** Field list of a response schema, one level deep: enough to read, the JSON document has the rest. */
function Fields({ schema }: { schema: Record<string, unknown> }) {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const fields = Object.entries(properties);
  if (fields.length === 0) return null;
  return (
    <ul>
      {fields.map(([name, field]) => (
        <li key={name}>
          <code>{name}</code> {field.type ? <span>({String(field.type)})</span> : null} {field.description ? String(field.description) : ''}
        </li>
      ))}
    </ul>
  );
}

function Endpoint({ path, operation }: { path: string; operation: Operation }) {
  const ok = operation.responses['200']?.content?.['application/json'].schema;
  return (
    <section class="api-endpoint" id={path.replace(/[^a-z0-9]+/gi, '-')}>
      <h2>
        <code>GET {path}</code>
      </h2>
      {operation.summary ? <p>{operation.summary}</p> : null}
      {operation.description ? <p>{operation.description}</p> : null}
      {operation.parameters.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Tham số</th>
              <th scope="col">Kiểu</th>
              <th scope="col">Ý nghĩa</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((p) => (
              <tr key={p.name}>
                <td>
                  <code>{p.name}</code>
                  {p.required ? ' (bắt buộc)' : ''}
                </td>
                <td>{typeOf(p.schema)}</td>
                <td>{p.description ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {ok ? (
        <>
          <h3>Trả về</h3>
          <Fields schema={ok} />
        </>
      ) : null}
      <p>
        Mã lỗi:{' '}
        {Object.keys(operation.responses)
          .filter((s) => s !== '200')
          .join(', ')}
      </p>
    </section>
  );
}

export async function sendReference(app: FastifyInstance, reply: FastifyReply, document: OpenApi) {
  const { site } = await loadSiteContext(app);
  const paths = Object.entries(document.paths) as [string, { get: Operation }][];
  const html = renderDocument(
    <Layout
      site={site}
      currentPath="/api/v1/docs"
      head={{ title: 'Tài liệu API nội dung', description: `API chỉ đọc cho nội dung đang đăng của ${site.siteName}.`, canonicalPath: '/api/v1/docs' }}
    >
      <article class="api-reference">
        <h1>Tài liệu API nội dung</h1>
        <p>
          API chỉ đọc, không cần đăng nhập, trả về JSON với đường dẫn tuyệt đối. Tài liệu máy đọc được (OpenAPI 3.1):{' '}
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>, sinh ra từ chính các lược đồ dùng để kiểm tra yêu cầu.
        </p>
        <ul>
          <li>
            Mỗi câu trả lời có <code>ETag</code>; gửi lại trong <code>If-None-Match</code> để nhận <code>304</code> khi không có gì mới.
          </li>
          <li>
            Danh sách dài phân trang bằng <code>next_cursor</code>: truyền lại vào <code>cursor</code> với cùng bộ lọc.
          </li>
          <li>
            Tham số sai hoặc không có trong tài liệu nhận <code>400</code> với <code>{'{"error", "code", "parameter"}'}</code>.
          </li>
          <li>
            Mỗi địa chỉ được gửi số yêu cầu giới hạn mỗi phút; vượt quá nhận <code>429</code> và <code>Retry-After</code>.
          </li>
        </ul>
        {paths.map(([path, item]) => (
          <Endpoint key={path} path={path} operation={item.get} />
        ))}
      </article>
    </Layout>,
  );
  return reply.header('Cache-Control', 'public, max-age=300').type('text/html; charset=utf-8').send(html);
}

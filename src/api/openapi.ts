/**
 * Builds the OpenAPI 3.1 document from the routes as registered: their querystring, params and
 * response schemas are the very objects Fastify validates and serialises with, so the document
 * cannot drift from the code.
 */

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; description?: string };

export interface RouteDoc {
  summary?: string;
  description?: string;
  tags?: string[];
  operationId?: string;
  querystring?: JsonSchema;
  params?: JsonSchema;
  response?: Record<string, JsonSchema>;
}

export interface DocumentedRoute {
  method: string;
  url: string;
  schema: RouteDoc;
}

export interface OpenApiInfo {
  title: string;
  version: string;
  description: string;
  serverUrl: string;
}

/** A plain JSON copy: TypeBox marks its schemas with symbol keys that do not belong in the document. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function parameters(schema: JsonSchema | undefined, where: 'query' | 'path') {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties).map(([name, property]) => {
    const { description, ...rest } = plain(property);
    return {
      name,
      in: where,
      required: where === 'path' || (schema.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const STATUS_TEXT: Record<string, string> = { '200': 'OK', '304': 'Not modified: the `If-None-Match` tag is current.', '404': 'Not found.' };

function responses(response: Record<string, JsonSchema>) {
  const out: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(response)) {
    const { description, ...rest } = plain(schema);
    const headers: Record<string, unknown> = {};
    if (status === '200') {
      headers.ETag = { description: 'Tag of this answer; send it back as `If-None-Match`.', schema: { type: 'string' } };
      headers['Cache-Control'] = { schema: { type: 'string' } };
    }
    if (status === '429') headers['Retry-After'] = { description: 'Seconds to wait.', schema: { type: 'integer' } };
    out[status] = {
      description: description ?? STATUS_TEXT[status] ?? 'Error.',
      ...(Object.keys(headers).length ? { headers } : {}),
      content: { 'application/json': { schema: rest } },
    };
  }
  if (response['200']) out['304'] = { description: STATUS_TEXT['304'] };
  return out;
}

export function openApiDocument(info: OpenApiInfo, routes: DocumentedRoute[], common: Record<string, JsonSchema> = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of [...routes].sort((a, b) => a.url.localeCompare(b.url))) {
    const path = route.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    const { schema } = route;
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      ...(schema.operationId ? { operationId: schema.operationId } : {}),
      ...(schema.summary ? { summary: schema.summary } : {}),
      ...(schema.description ? { description: schema.description } : {}),
      ...(schema.tags ? { tags: schema.tags } : {}),
      parameters: [...parameters(schema.params, 'path'), ...parameters(schema.querystring, 'query')],
      responses: responses({ ...(schema.response ?? {}), ...common }),
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: { title: info.title, version: info.version, description: info.description },
    servers: [{ url: info.serverUrl }],
    paths,
  };
}

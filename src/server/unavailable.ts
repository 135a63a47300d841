/**
 * Errors that mean a service the node depends on is down or not answering, not a fault of the
 * request: they become a 503 with a message in Vietnamese instead of a 500.
 */

export const DATABASE_UNAVAILABLE = 'Cơ sở dữ liệu tạm thời không trả lời. Vui lòng thử lại sau ít phút.';
export const SESSIONS_UNAVAILABLE =
  'Máy chủ phiên đăng nhập (Redis) tạm thời không trả lời nên tòa soạn chưa dùng được; trang báo vẫn hoạt động. Vui lòng thử lại sau ít phút.';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** PostgreSQL: connection exceptions (08…), shutting down or starting up (57P…), statement timeout (57014). */
const PG_CODE = /^(08|57P)|^57014$/;
const PG_MESSAGES = /^(Query read timeout|timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error)/;
const REDIS_MESSAGES = /^(Connection is closed\.|Stream isn't writeable|Command timed out|Reached the max retries per request limit)/;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : '';
}

export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'MaxRetriesPerRequestError' || REDIS_MESSAGES.test(error.message);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = codeOf(error);
  return PG_CODE.test(code) || NETWORK_CODES.has(code) || PG_MESSAGES.test(error.message) || code === 'SQLITE_BUSY';
}

/** The message for a 503, or null when the error is not about a service being down. */
export function unavailableMessage(error: unknown): string | null {
  if (isRedisUnavailable(error)) return SESSIONS_UNAVAILABLE;
  if (isDatabaseUnavailable(error)) return DATABASE_UNAVAILABLE;
  return null;
}

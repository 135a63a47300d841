import { Ajv, type ErrorObject } from 'ajv';
import formatsModule from 'ajv-formats';
import { ParameterError } from '../http-error.js';

/**
 * The API validates strictly: an unknown parameter is an error (Fastify's default validator would
 * silently drop it), and every refusal names the parameter.
 */

// ajv-formats is CommonJS: its default export arrives as the module object under some loaders.
type AddFormats = (ajv: Ajv) => Ajv;
const formats = formatsModule as unknown as AddFormats | { default: AddFormats };
const addFormats: AddFormats = typeof formats === 'function' ? formats : formats.default;

export function createApiAjv(): Ajv {
  const ajv = new Ajv({ removeAdditional: false, useDefaults: true, coerceTypes: true, allErrors: false, strict: false });
  addFormats(ajv);
  return ajv;
}

export { ParameterError };

function hint(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'format':
      return p.format === 'date-time' ? 'cần một thời điểm theo RFC 3339, ví dụ 2024-03-15T08:00:00+07:00' : `cần dạng ${String(p.format)}`;
    case 'maximum':
      return `lớn nhất là ${String(p.limit)}`;
    case 'minimum':
      return `nhỏ nhất là ${String(p.limit)}`;
    case 'maxLength':
      return `dài tối đa ${String(p.limit)} ký tự`;
    case 'minLength':
      return 'không được để trống';
    case 'type':
      return p.type === 'integer' ? 'cần một số nguyên' : 'chỉ được có một giá trị';
    case 'pattern':
      return 'sai định dạng';
    default:
      return 'giá trị không được chấp nhận';
  }
}

/** Turns the first schema violation into a ParameterError. */
export function parameterError(errors: ErrorObject[]): ParameterError {
  const [error] = errors;
  // A failed validation names at least one violation; without one, the same words as for an unknown one.
  if (!error) return new ParameterError('?', 'Tham số "?" không hợp lệ: giá trị không được chấp nhận.');
  const p = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const name = String(p.additionalProperty);
    return new ParameterError(name, `Tham số "${name}" không hợp lệ: API không có tham số này.`);
  }
  if (error.keyword === 'required') {
    const name = String(p.missingProperty);
    return new ParameterError(name, `Thiếu tham số "${name}".`);
  }
  const name = error.instancePath.replace(/^\//, '').split('/')[0] || '?';
  return new ParameterError(name, `Tham số "${name}" không hợp lệ: ${hint(error)}.`);
}

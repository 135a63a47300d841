import { EQUIVALENTS_MAX_CHARS } from '../../search/equivalents.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { describedBy, FieldError, FlashMessage, type Flash } from './admin-notice.js';

export const DICTIONARY_PAGE = '/admin/tu-dien';

export interface SearchDictionaryPageProps {
  ctx: AdminContext;
  /** The newsroom's own lines, as typed. */
  text: string;
  /** The lines that ship with the platform, one set of forms per line. */
  builtIn: string[][];
  error?: string;
  flash?: Flash | null;
}

/** The newsroom's own equivalents for search: abbreviations, spellings, synonyms, one set per line. */
export function SearchDictionaryPage({ ctx, text, builtIn, error, flash }: SearchDictionaryPageProps) {
  return (
    <AdminLayout ctx={ctx} title="Từ điển tìm kiếm">
      <h1>Từ điển tìm kiếm</h1>
      <FlashMessage flash={flash} />
      <form method="post" action={DICTIONARY_PAGE} class="form panel">
        <CsrfField token={ctx.csrfToken} />
        <label for="equivalents">Các cách viết tương đương của tòa soạn</label>
        <p id="equivalents-hint" class="hint">
          Mỗi dòng một nhóm, các cách viết cách nhau bằng dấu “=”, ví dụ: <code>BVĐK = Bệnh viện Đa khoa</code>. Bạn đọc tìm theo một cách viết sẽ thấy cả bài
          viết theo cách khác; áp dụng ngay, không cần lập lại chỉ mục.
        </p>
        <textarea
          id="equivalents"
          name="equivalents"
          rows={12}
          maxLength={EQUIVALENTS_MAX_CHARS}
          aria-describedby={describedBy('equivalents', error) ?? 'equivalents-hint'}
        >
          {text}
        </textarea>
        <FieldError id="equivalents" message={error} />
        <button type="submit" class="button">
          Lưu từ điển
        </button>
      </form>
      <details class="panel">
        <summary>Các nhóm có sẵn ({builtIn.length})</summary>
        <ul>
          {builtIn.map((forms) => (
            <li key={forms.join('=')}>{forms.join(' = ')}</li>
          ))}
        </ul>
      </details>
    </AdminLayout>
  );
}

import { formatCoefficient, formatShare } from '../../royalties/arithmetic.js';
import { addMonths, dayLabel, monthLabel } from '../../royalties/months.js';
import type { Statement, Subtotal } from '../../royalties/statements.js';
import { dongInWords, formatShortDate, formatVnd } from '../../vi/index.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { FlashMessage, type Flash } from './admin-notice.js';

/** Monthly royalty statements: the whole paper, one person, one section, one's own; and the printable sheet. */

export interface StatementView {
  title: string;
  statement: Statement;
  /** Path of this view without the query, for the month navigation and the exports. */
  path: string;
  /** Extra query kept by the navigation and the exports (nguoi=…). */
  query: string;
  persons?: Subtotal[];
  sections?: Subtotal[];
  /** Private payment details of an outside contributor, for those who decide royalties. */
  paymentDetails?: string;
  printPath: string;
  xlsxPath?: string;
  canClose: boolean;
  timeZone: string;
  /** One's own statement: article links go to the article, not to its royalty panel. */
  own?: boolean;
}

function withMonth(path: string, month: string, query: string): string {
  return `${path}?thang=${month}${query ? `&${query}` : ''}`;
}

function LinesTable({ statement, showPerson, ownView = false }: { statement: Statement; showPerson: boolean; ownView?: boolean }) {
  if (statement.lines.length === 0) return <p>Không có dòng nào trong tháng này.</p>;
  return (
    <div class="table-wrap">
      <table class="table royalty-lines">
        <caption>Chi tiết {monthLabel(statement.month).toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">Ngày đăng</th>
            <th scope="col">Bài viết</th>
            <th scope="col">Chuyên mục</th>
            <th scope="col">Thể loại</th>
            <th scope="col">Hệ số</th>
            {showPerson ? <th scope="col">Người hưởng</th> : null}
            <th scope="col">Đóng góp</th>
            <th scope="col">Tỷ lệ</th>
            <th scope="col" class="money">
              Số tiền
            </th>
          </tr>
        </thead>
        <tbody>
          {statement.lines.map((line, i) => (
            <tr key={i} class={line.adjustment ? 'royalty-adjustment' : undefined}>
              <td>{dayLabel(line.publishedOn)}</td>
              <td>
                <a href={ownView ? `/admin/bai-viet/${line.articleId}` : `/admin/bai-viet/${line.articleId}/nhuan-but`}>{line.articleTitle}</a>
                {line.adjustment ? <strong> (điều chỉnh)</strong> : null}
              </td>
              <td>{line.sectionName}</td>
              <td>{line.genreName}</td>
              <td>{formatCoefficient(line.coefficient)}</td>
              {showPerson ? <td>{line.personName}</td> : null}
              <td>{line.kindName}</td>
              <td>{formatShare(line.share)}</td>
              <td class="money">{formatVnd(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={showPerson ? 8 : 7}>
              Tổng cộng
            </th>
            <td class="money">
              <strong>{formatVnd(statement.total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function SubtotalTable({ caption, rows, link }: { caption: string; rows: Subtotal[]; link: (key: string) => string }) {
  if (rows.length === 0) return null;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tên</th>
            <th scope="col">Số dòng</th>
            <th scope="col" class="money">
              Số tiền
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>
                <a href={link(row.key)}>{row.name}</a>
              </td>
              <td>{row.lines}</td>
              <td class="money">{formatVnd(row.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Total({ statement }: { statement: Statement }) {
  return (
    <p class="royalty-total">
      Tổng số tiền: <strong class="money">{formatVnd(statement.total)}</strong> <span class="royalty-words">(Bằng chữ: {dongInWords(statement.total)})</span>
    </p>
  );
}

export function StatementPage({ ctx, view, flash }: { ctx: AdminContext; view: StatementView; flash?: Flash | null }) {
  const { statement } = view;
  const month = statement.month;
  return (
    <AdminLayout ctx={ctx} title={`${view.title} — ${monthLabel(month)}`}>
      <h1>
        {view.title} — {monthLabel(month)}
      </h1>
      <FlashMessage flash={flash} />
      <nav class="royalty-months" aria-label="Chọn tháng">
        <a href={withMonth(view.path, addMonths(month, -1), view.query)}>« {monthLabel(addMonths(month, -1))}</a>
        <form method="get" action={view.path} class="form-inline-small">
          <label for="thang">Tháng</label> <input id="thang" name="thang" type="month" value={month} />
          {view.query
            .split('&')
            .filter(Boolean)
            .map((pair) => {
              const [name, value] = pair.split('=');
              return <input key={name} type="hidden" name={name} value={decodeURIComponent(value ?? '')} />;
            })}{' '}
          <button type="submit" class="button button-secondary">
            Xem
          </button>
        </form>
        <a href={withMonth(view.path, addMonths(month, 1), view.query)}>{monthLabel(addMonths(month, 1))} »</a>
      </nav>
      <p class={statement.closed ? 'royalty-state closed' : 'royalty-state'}>
        {statement.closed
          ? `Đã chốt${statement.closedBy ? ` bởi ${statement.closedBy}` : ''}${statement.closedAt ? ` ngày ${formatShortDate(new Date(statement.closedAt), view.timeZone)}` : ''}: bảng kê không thay đổi nữa; sửa sai được ghi thành dòng điều chỉnh ở tháng sau.`
          : 'Chưa chốt: số liệu còn thay đổi theo quyết định của Tổng biên tập.'}
      </p>
      {view.paymentDetails ? (
        <p class="royalty-private">
          <strong>Thông tin thanh toán (không công khai):</strong> {view.paymentDetails}
        </p>
      ) : null}
      <Total statement={statement} />
      <p class="royalty-exports">
        <a href={withMonth(view.printPath, month, view.query)}>Bản in</a>
        {view.xlsxPath ? (
          <>
            {' · '}
            <a href={withMonth(view.xlsxPath, month, view.query)}>Tải về Excel (.xlsx)</a>
          </>
        ) : null}
      </p>
      {view.canClose && !statement.closed ? (
        <form method="post" action="/admin/nhuan-but/chot" class="form panel">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="thang" value={month} />
          <p>Chốt {monthLabel(month).toLowerCase()} (và các tháng trước còn mở): sau khi chốt, bảng kê không thể thay đổi.</p>
          <button type="submit" class="button">
            Chốt {monthLabel(month).toLowerCase()}
          </button>
        </form>
      ) : null}
      {view.persons ? (
        <SubtotalTable caption="Theo người hưởng" rows={view.persons} link={(key) => withMonth(`/admin/nhuan-but/nguoi/${key}`, month, '')} />
      ) : null}
      {view.sections ? (
        <SubtotalTable caption="Theo chuyên mục" rows={view.sections} link={(key) => withMonth(`/admin/nhuan-but/chuyen-muc/${key}`, month, '')} />
      ) : null}
      <LinesTable statement={statement} showPerson={!view.paymentDetails && view.persons !== undefined} ownView={view.own} />
      {view.canClose || view.persons ? (
        <p>
          <a href="/admin/nhuan-but/cong-tac-vien">Cộng tác viên ngoài tòa soạn</a>
        </p>
      ) : null}
    </AdminLayout>
  );
}

/** The sheet to print and sign: no menu, the figures, the total in words, signature blocks. */
export function PrintableStatement({ siteName, cssUrl, view, printedAt }: { siteName: string; cssUrl: string; view: StatementView; printedAt: string }) {
  const { statement } = view;
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${view.title} — ${monthLabel(statement.month)} - ${siteName}`}</title>
        <link rel="stylesheet" href={cssUrl} />
      </head>
      <body class="print-sheet">
        <p class="print-org">{siteName}</p>
        <h1>
          Bảng kê nhuận bút — {monthLabel(statement.month)}
          <br />
          <small>{view.title}</small>
        </h1>
        <p>{statement.closed ? 'Đã chốt.' : 'Bản tạm tính: tháng chưa chốt.'}</p>
        <LinesTable statement={statement} showPerson={true} />
        <Total statement={statement} />
        <div class="print-signatures">
          <p>
            Người lập biểu
            <br />
            <em>(Ký, ghi rõ họ tên)</em>
          </p>
          <p>
            Tổng biên tập
            <br />
            <em>(Ký, ghi rõ họ tên, đóng dấu)</em>
          </p>
        </div>
        <p class="hint">In ngày {printedAt}</p>
        <p class="no-print">
          <a href={withMonth(view.path, statement.month, view.query)}>← Về bảng kê</a> · Dùng lệnh In của trình duyệt (Ctrl+P).
        </p>
      </body>
    </html>
  );
}

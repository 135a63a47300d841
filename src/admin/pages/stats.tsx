import { BarChart, dayLabel, describeDaily, LineChart } from '../../stats/charts.js';
import { CSV_TABLES, PERIODS, type CsvTable, type Period, type StatsReport } from '../../stats/report.js';
import { formatInteger } from '../../vi/index.js';
import type { AdminContext } from '../context.js';
import { AdminLayout } from '../layout.js';

/** /admin/thong-ke: the newsroom's numbers as pictures, each with its table and a CSV. */

function CsvLink({ table, period }: { table: CsvTable; period: Period }) {
  return (
    <p class="chart-csv">
      <a href={`/admin/thong-ke/xuat.csv?bang=${table}&ngay=${period}`}>Tải CSV: {CSV_TABLES[table].toLowerCase()}</a>
    </p>
  );
}

export function StatsPage({ ctx, report, period }: { ctx: AdminContext; report: StatsReport; period: Period }) {
  const { days } = report;
  // A report always covers its whole period: `days` is never empty.
  const range = `${dayLabel(days[0] ?? '')}–${dayLabel(days.at(-1) ?? '')}`;
  const [topArticle] = report.articles;
  const [topAuthor] = report.authors;
  const [topSection] = report.sectionTotals;
  return (
    <AdminLayout ctx={ctx} title="Thống kê">
      <h1>Thống kê</h1>
      <nav aria-label="Khoảng thời gian" class="royalty-months">
        {PERIODS.map((p) => (
          <a key={p} href={`/admin/thong-ke?ngay=${p}`} aria-current={p === period ? 'page' : undefined}>
            {p} ngày
          </a>
        ))}
        <span>({range}, theo múi giờ của báo)</span>
      </nav>
      <LineChart
        id="luot-xem"
        title={`Lượt xem mỗi ngày, ${period} ngày`}
        description={describeDaily(report.paper, days, 'lượt xem')}
        days={days}
        series={[{ name: 'Toàn báo', values: report.paper }]}
        unit="lượt xem"
      />
      <CsvLink table="luot-xem" period={period} />
      <LineChart
        id="chuyen-muc-theo-ngay"
        title={`Lượt xem mỗi ngày theo chuyên mục, ${period} ngày`}
        description={report.sections.map((s) => `${s.name}: ${formatInteger(s.values.reduce((a, b) => a + b, 0))}`).join('; ') || 'Chưa có chuyên mục.'}
        days={days}
        series={report.sections}
        unit="lượt xem"
      />
      <CsvLink table="chuyen-muc-theo-ngay" period={period} />
      <LineChart
        id="binh-luan"
        title={`Bình luận nhận được mỗi ngày, ${period} ngày`}
        description={describeDaily(report.comments, days, 'bình luận')}
        days={days}
        series={[{ name: 'Bình luận', values: report.comments }]}
        unit="bình luận"
      />
      <CsvLink table="binh-luan" period={period} />
      <BarChart
        id="doc-nhieu"
        title={`Bài đọc nhiều nhất, ${period} ngày`}
        description={topArticle ? `Đứng đầu: ${topArticle.title}, ${formatInteger(topArticle.views)} lượt xem.` : 'Chưa có lượt xem.'}
        rows={report.articles.map((a) => ({ name: a.title, value: a.views, extra: `${a.sectionName}${a.author ? ` · ${a.author}` : ''}` }))}
        unit="Lượt xem"
        extraHeader="Chuyên mục · tác giả"
      />
      <CsvLink table="doc-nhieu" period={period} />
      <BarChart
        id="tac-gia"
        title={`Lượt xem theo tác giả, ${period} ngày`}
        description={topAuthor ? `Nhiều nhất: ${topAuthor.name}, ${formatInteger(topAuthor.views)} lượt xem.` : 'Chưa có lượt xem.'}
        rows={report.authors.map((a) => ({ name: a.name, value: a.views, extra: `${a.articles} bài` }))}
        unit="Lượt xem"
        extraHeader="Số bài"
      />
      <CsvLink table="tac-gia" period={period} />
      <BarChart
        id="chuyen-muc"
        title={`Lượt xem theo chuyên mục, ${period} ngày`}
        description={topSection ? `Nhiều nhất: ${topSection.name}, ${formatInteger(topSection.views)} lượt xem.` : 'Chưa có lượt xem.'}
        rows={report.sectionTotals.map((s) => ({ name: s.name, value: s.views, extra: `${s.articles} bài` }))}
        unit="Lượt xem"
        extraHeader="Số bài"
      />
      <CsvLink table="chuyen-muc" period={period} />
    </AdminLayout>
  );
}

export function ArticleViewsPage({
  ctx,
  article,
  days,
  views,
}: {
  ctx: AdminContext;
  article: { id: number; title: string };
  days: string[];
  views: number[];
}) {
  return (
    <AdminLayout ctx={ctx} title={`Lượt xem: ${article.title}`}>
      <p>
        <a href={`/admin/bai-viet/${article.id}`}>← Về bài viết</a>
      </p>
      <h1>Lượt xem theo ngày</h1>
      <p>
        <strong>{article.title}</strong>
      </p>
      {days.length === 0 ? (
        <p>Bài chưa đăng nên chưa có lượt xem.</p>
      ) : (
        <LineChart
          id="bai-luot-xem"
          title="Lượt xem mỗi ngày từ khi đăng"
          description={describeDaily(views, days, 'lượt xem')}
          days={days}
          series={[{ name: 'Lượt xem', values: views }]}
          unit="lượt xem"
        />
      )}
    </AdminLayout>
  );
}

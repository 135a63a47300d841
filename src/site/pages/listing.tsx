import type { ComponentChildren } from 'preact';
import type { ArticleSummary } from '../../content/articles.js';
import { withPage } from '../../content/urls.js';
import { ArticleList, Breadcrumb, EmptyState, Pagination, type Crumb } from '../components.js';
import type { SiteContext } from '../context.js';
import { Layout } from '../layout.js';
import { feedPathOf } from '../../feeds/paths.js';

/** A paginated list of articles: sections, tags and authors all look like this. */
export interface ListingPageProps {
  site: SiteContext;
  title: string;
  description: string;
  basePath: string;
  crumbs: Crumb[];
  articles: ArticleSummary[];
  page: number;
  pageCount: number;
  /** Extra content under the heading: subsection links, an author's bio. */
  intro?: ComponentChildren;
}

export function ListingPage(props: ListingPageProps) {
  const { site, page } = props;
  const title = page > 1 ? `${props.title} - Trang ${page}` : props.title;
  return (
    <Layout
      site={site}
      currentPath={props.basePath}
      head={{
        title,
        description: props.description,
        canonicalPath: withPage(props.basePath, page),
        feeds: [{ title: `${props.title} - ${site.siteName}`, path: feedPathOf(props.basePath) }],
      }}
    >
      <Breadcrumb crumbs={props.crumbs} />
      <h1 class="listing-title">{props.title}</h1>
      {props.intro}
      {props.articles.length > 0 ? <ArticleList articles={props.articles} timeZone={site.timeZone} /> : <EmptyState>Chưa có bài viết nào.</EmptyState>}
      <Pagination page={page} pageCount={props.pageCount} link={(n) => withPage(props.basePath, n)} />
    </Layout>
  );
}

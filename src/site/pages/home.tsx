import type { ArticleSummary } from '../../content/articles.js';
import type { Section } from '../../db/schema.js';
import { articlePath, sectionPath } from '../../content/urls.js';
import { excerptOf } from '../../content/derived.js';
import { ArticleCard, ArticleTime, Picture } from '../components.js';
import type { SiteContext } from '../context.js';
import { Layout } from '../layout.js';
import { webSite } from '../structured-data.js';

export interface SectionBlock {
  section: Section;
  articles: ArticleSummary[];
}

export interface HomePageProps {
  site: SiteContext;
  lead: ArticleSummary | null;
  /** Picked by the managing editor, in their order; empty when none are chosen or live. */
  featured: ArticleSummary[];
  latest: ArticleSummary[];
  blocks: SectionBlock[];
  mostRead: ArticleSummary[];
}

function LeadStory({ article, timeZone }: { article: ArticleSummary; timeZone: string }) {
  const href = articlePath(article.section_path, article.slug, article.id);
  return (
    <article class="lead-story">
      {article.image ? (
        <a href={href} class="card-image" tabIndex={-1} aria-hidden="true">
          <Picture image={article.image} sizes="(min-width: 1000px) 640px, 100vw" eager />
        </a>
      ) : null}
      <div>
        <a class="kicker" href={sectionPath(article.section_path)}>
          {article.section_name}
        </a>
        <h2 class="lead-title">
          <a href={href}>{article.title}</a>
        </h2>
        <p class="meta">
          <ArticleTime iso={article.published_at} timeZone={timeZone} stored={article} />
        </p>
        <p class="excerpt">{excerptOf(article, 300)}</p>
      </div>
    </article>
  );
}

export function HomePage({ site, lead, featured, latest, blocks, mostRead }: HomePageProps) {
  return (
    <Layout site={site} currentPath="/" head={{ title: site.siteName, description: site.siteDescription, canonicalPath: '/', jsonLd: [webSite(site)] }}>
      <h1 class="visually-hidden">{site.siteName}</h1>
      {lead ? (
        <div class="home-top">
          <LeadStory article={lead} timeZone={site.timeZone} />
          <section class="latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading" class="block-title">
              Tin mới nhất
            </h2>
            {latest.map((a) => (
              <ArticleCard key={a.id} article={a} timeZone={site.timeZone} excerptLength={0} showSection />
            ))}
          </section>
        </div>
      ) : (
        <p class="empty">Chưa có bài viết nào được xuất bản.</p>
      )}
      {featured.length > 0 ? (
        <section class="featured-stories" aria-labelledby="featured-heading">
          <h2 id="featured-heading" class="block-title">
            Tin nổi bật
          </h2>
          <div class="block-grid">
            {featured.map((a) => (
              <ArticleCard key={a.id} article={a} timeZone={site.timeZone} excerptLength={120} imageSizes="(min-width: 700px) 300px, 100vw" />
            ))}
          </div>
        </section>
      ) : null}
      <div class="home-columns">
        <div class="section-blocks">
          {blocks.map(({ section, articles }) => (
            <section key={section.id} class="section-block" aria-labelledby={`block-${section.id}`}>
              <h2 id={`block-${section.id}`} class="block-title">
                <a href={sectionPath(section.path)}>{section.name}</a>
              </h2>
              <div class="block-grid">
                {articles.map((a, i) => (
                  <ArticleCard
                    key={a.id}
                    article={a}
                    timeZone={site.timeZone}
                    excerptLength={i === 0 ? 160 : 0}
                    imageSizes={i === 0 ? '(min-width: 700px) 300px, 100vw' : undefined}
                  />
                ))}
              </div>
            </section>
          ))}
        </div>
        {mostRead.length > 0 ? (
          <aside class="most-read" aria-labelledby="most-read-heading">
            <h2 id="most-read-heading" class="block-title">
              Đọc nhiều trong tuần
            </h2>
            <ol>
              {mostRead.map((a) => (
                <li key={a.id}>
                  <a href={articlePath(a.section_path, a.slug, a.id)}>{a.title}</a>
                </li>
              ))}
            </ol>
          </aside>
        ) : null}
      </div>
    </Layout>
  );
}

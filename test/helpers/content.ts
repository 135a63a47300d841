import type { ArticleContent } from '../../src/newsroom/articles.js';

/**
 * What the editor's form sends for a plain article in a section. A test names only the fields it is
 * about; typed against ArticleContent so that a new field fails to compile here, not in twenty tests.
 */
export function articleContent(sectionId: number, overrides: Partial<ArticleContent> = {}): ArticleContent {
  return {
    title: 'Bài viết thử',
    slug: '',
    lead: 'Sapo.',
    bodyHtml: '<p>Nội dung.</p>',
    sectionId,
    tags: [],
    byline: 'Thu Hà',
    featuredImageId: null,
    featuredCaption: '',
    featuredCredit: '',
    seoTitle: '',
    seoDescription: '',
    ...overrides,
  };
}

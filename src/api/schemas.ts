import { Type, type Static, type TSchema } from '@sinclair/typebox';

/**
 * The content API's shapes, once: Fastify validates requests and serialises responses with these
 * schemas, and /api/v1/openapi.json is generated from the same objects (src/api/openapi.ts).
 */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Url = (description: string) => Type.String({ format: 'uri', description });
const Time = (description: string) => Type.String({ format: 'date-time', description });
const Id = Type.Integer({ minimum: 1 });

export const ErrorBody = Type.Object(
  {
    error: Type.String({ description: 'What is wrong, in Vietnamese, for a person to read.' }),
    code: Type.String({ description: 'Stable machine-readable reason: invalid_parameter, not_found, rate_limited, internal.' }),
    parameter: Type.Optional(Type.String({ description: 'The query or path parameter at fault, when there is one.' })),
  },
  { additionalProperties: false, title: 'Error' },
);
export type ErrorBody = Static<typeof ErrorBody>;

export const SectionRef = Type.Object(
  { id: Id, name: Type.String(), path: Type.String({ description: 'Slugs from the top section, "kinh-te/nong-nghiep".' }), url: Url('The section page.') },
  { additionalProperties: false, title: 'SectionRef' },
);

export const TagRef = Type.Object(
  { id: Id, name: Type.String(), slug: Type.String(), url: Url('The tag page.') },
  { additionalProperties: false, title: 'TagRef' },
);

export const AuthorRef = Type.Object(
  { id: Id, name: Type.String(), slug: Type.String(), url: Url('The author page.') },
  { additionalProperties: false, title: 'AuthorRef' },
);

export const ImageVariant = Type.Object(
  { url: Url('A WebP rendition.'), width: Type.Integer(), height: Type.Integer() },
  { additionalProperties: false, title: 'ImageVariant' },
);

export const ImageBody = Type.Object(
  {
    url: Url('The largest WebP rendition.'),
    width: Type.Integer({ description: 'Of the original.' }),
    height: Type.Integer({ description: 'Of the original.' }),
    alt: Type.String(),
    caption: Type.String(),
    credit: Type.String(),
    variants: Type.Array(ImageVariant, { description: 'Every rendition, narrowest first.' }),
  },
  { additionalProperties: false, title: 'Image' },
);

const articleFields = {
  id: Id,
  url: Url('The canonical article page.'),
  title: Type.String(),
  lead: Type.String({ description: 'The lead paragraph (sapo), plain text.' }),
  published_at: Time('When it went live (UTC).'),
  updated_at: Time('Its last change (UTC).'),
  byline: Type.String({ description: 'The pen name printed under the story.' }),
  section: SectionRef,
  authors: Type.Array(AuthorRef),
  tags: Type.Array(TagRef),
  image: Nullable(ImageBody),
};

export const ArticleSummary = Type.Object(articleFields, { additionalProperties: false, title: 'ArticleSummary' });
export type ArticleSummary = Static<typeof ArticleSummary>;

export const Article = Type.Object(
  { ...articleFields, body_html: Type.String({ description: 'Sanitised HTML of the body, with absolute URLs.' }) },
  { additionalProperties: false, title: 'Article' },
);
export type Article = Static<typeof Article>;

const NextCursor = Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null on the last one.' }));

export const ArticleList = Type.Object({ data: Type.Array(ArticleSummary), next_cursor: NextCursor }, { additionalProperties: false, title: 'ArticleList' });
export type ArticleList = Static<typeof ArticleList>;

const Limit = (max: number, fallback: number) => Type.Integer({ minimum: 1, maximum: max, default: fallback, description: `Items per page, 1 to ${max}.` });
const Cursor = Type.String({ minLength: 1, maxLength: 500, description: 'The `next_cursor` of the previous page of the same query.' });

export const ArticleListQuery = Type.Object(
  {
    section: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Section path; its subsections are included.' })),
    tag: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Tag slug.' })),
    author: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Author slug.' })),
    published_after: Type.Optional(Time('Only articles that went live after this instant (RFC 3339, with offset).')),
    updated_after: Type.Optional(Time('Only articles changed after this instant (RFC 3339, with offset).')),
    limit: Type.Optional(Limit(100, 20)),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);
export type ArticleListQuery = Static<typeof ArticleListQuery>;

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1, description: 'Article id.' }) }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

const SectionFields = {
  id: Id,
  name: Type.String(),
  slug: Type.String(),
  path: Type.String(),
  url: Url('The section page.'),
  description: Type.String(),
  in_menu: Type.Boolean(),
};
export const SectionLeaf = Type.Object(SectionFields, { additionalProperties: false, title: 'Subsection' });
export const SectionNode = Type.Object({ ...SectionFields, children: Type.Array(SectionLeaf) }, { additionalProperties: false, title: 'Section' });
export const SectionTree = Type.Object({ data: Type.Array(SectionNode) }, { additionalProperties: false, title: 'SectionTree' });
export type SectionTree = Static<typeof SectionTree>;

export const TagWithCount = Type.Object(
  { ...TagRef.properties, article_count: Type.Integer({ minimum: 0, description: 'Live articles with this tag.' }) },
  { additionalProperties: false, title: 'Tag' },
);
export const TagList = Type.Object({ data: Type.Array(TagWithCount), next_cursor: NextCursor }, { additionalProperties: false, title: 'TagList' });
export type TagList = Static<typeof TagList>;
export const TagListQuery = Type.Object({ limit: Type.Optional(Limit(1000, 100)), cursor: Type.Optional(Cursor) }, { additionalProperties: false });
export type TagListQuery = Static<typeof TagListQuery>;

export const Author = Type.Object(
  { ...AuthorRef.properties, bio: Type.String(), article_count: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false, title: 'Author' },
);
export const AuthorList = Type.Object({ data: Type.Array(Author) }, { additionalProperties: false, title: 'AuthorList' });
export type AuthorList = Static<typeof AuthorList>;

const DAY = '^\\d{4}-\\d{2}-\\d{2}$';
export const SearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ description: 'What to look for; diacritics optional, the last word is a prefix. Long queries are cut, not refused.' })),
    section: Type.Optional(Type.String({ maxLength: 200, description: 'Section path.' })),
    from: Type.Optional(Type.String({ pattern: DAY, description: "First day (YYYY-MM-DD, in the paper's time zone)." })),
    to: Type.Optional(Type.String({ pattern: DAY, description: 'Last day (YYYY-MM-DD).' })),
    sort: Type.Optional(
      Type.Union([Type.Literal(''), Type.Literal('moi-nhat'), Type.Literal('phu-hop')], {
        description: '"moi-nhat": newest first; otherwise the best matches first.',
      }),
    ),
    trang: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,5}$', description: 'Page number, from 1.' })),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchResults = Type.Object(
  {
    query: Type.String(),
    total: Type.Integer({ minimum: 0 }),
    total_capped: Type.Boolean({ description: 'True when counting stopped at `total`: there are more.' }),
    page: Type.Integer({ minimum: 1 }),
    page_count: Type.Integer({ minimum: 0 }),
    corrected: Type.Boolean({ description: 'True when a typo was forgiven.' }),
    partial: Type.Boolean({ description: 'True when no article has every word: these cover most of the query.' }),
    searched_as: Nullable(Type.String({ description: 'The query actually searched, when the words were converted (input-method keystrokes).' })),
    results: Type.Array(
      Type.Object(
        {
          id: Id,
          title: Type.String(),
          url: Url('The canonical article page.'),
          section: Type.Object({ path: Type.String(), name: Type.String() }, { additionalProperties: false }),
          published_at: Time('When it went live (UTC).'),
          snippet: Type.String({ description: 'HTML: every character escaped, matched words in <mark>.' }),
          snippet_text: Type.String(),
        },
        { additionalProperties: false, title: 'SearchHit' },
      ),
    ),
  },
  { additionalProperties: false, title: 'SearchResults' },
);

export const SuggestQuery = Type.Object({ q: Type.Optional(Type.String({ description: 'The words typed so far.' })) }, { additionalProperties: false });
export type SuggestQuery = Static<typeof SuggestQuery>;
export const Suggestions = Type.Object(
  {
    query: Type.String(),
    suggestions: Type.Array(
      Type.Object(
        { id: Id, title: Type.String(), url: Type.String({ description: 'Site-relative article path (the header search box follows it).' }) },
        { additionalProperties: false, title: 'Suggestion' },
      ),
    ),
  },
  { additionalProperties: false, title: 'Suggestions' },
);

/** The error answers every route documents besides its own success. */
export const errorResponses = {
  400: { ...ErrorBody, description: 'A parameter is unknown or invalid; `parameter` names it.' },
  429: { ...ErrorBody, description: 'Too many requests from this address; wait `Retry-After` seconds.' },
};

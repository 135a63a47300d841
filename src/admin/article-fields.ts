/**
 * The article editor's form fields, shared by the server (which reads them) and the browser editor
 * (whose autosave sends them): one list, so the two cannot drift apart.
 */
export const ARTICLE_FORM_FIELDS = [
  'title',
  'slug',
  'lead',
  'body_html',
  'section_id',
  'tags',
  'byline',
  'featured_image_id',
  'featured_caption',
  'featured_credit',
  'seo_title',
  'seo_description',
] as const;

/** A new article's first autosave, which creates the draft (src/admin/routes/new-draft.ts). */
export const NEW_DRAFT_AUTOSAVE_PATH = '/admin/bai-viet/autosave';

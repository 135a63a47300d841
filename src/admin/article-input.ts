import type { Static } from '@sinclair/typebox';
import { ARTICLE_FORM_FIELDS } from './article-fields.js';
import { checkContent, type ArticleContent, type ContentErrors } from '../newsroom/articles.js';
import type { ARTICLE_BODY } from './schemas.js';

/**
 * The editor form's fields exactly as the person typed them. Kept as text, so a refused save (bad
 * input, conflict) can show the person their own words back, not a cleaned-up or half-parsed copy.
 */
export const FORM_FIELDS = ARTICLE_FORM_FIELDS;
export type FormField = (typeof FORM_FIELDS)[number];
export type ArticleForm = Record<FormField, string>;
export type FormErrors = Partial<Record<FormField | 'form', string>>;

const CONTENT_TO_FIELD: Record<keyof ArticleContent, FormField> = {
  title: 'title',
  slug: 'slug',
  lead: 'lead',
  bodyHtml: 'body_html',
  sectionId: 'section_id',
  tags: 'tags',
  byline: 'byline',
  featuredImageId: 'featured_image_id',
  featuredCaption: 'featured_caption',
  featuredCredit: 'featured_credit',
  seoTitle: 'seo_title',
  seoDescription: 'seo_description',
};

/** One text value from a form or JSON body: numbers become text, arrays (JSON tags) are joined. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').join(', ');
  return '';
}

export function formFromBody(body: Static<typeof ARTICLE_BODY>): ArticleForm {
  const record = body ?? {};
  const form = {} as ArticleForm;
  for (const field of FORM_FIELDS) form[field] = text(record[field]);
  return form;
}

export function formFromContent(content: ArticleContent): ArticleForm {
  return {
    title: content.title,
    slug: content.slug,
    lead: content.lead,
    body_html: content.bodyHtml,
    section_id: String(content.sectionId),
    tags: content.tags.join(', '),
    byline: content.byline,
    featured_image_id: content.featuredImageId === null ? '' : String(content.featuredImageId),
    featured_caption: content.featuredCaption,
    featured_credit: content.featuredCredit,
    seo_title: content.seoTitle,
    seo_description: content.seoDescription,
  };
}

export function emptyForm(sectionId: number | undefined, byline: string): ArticleForm {
  const form = {} as ArticleForm;
  for (const field of FORM_FIELDS) form[field] = '';
  form.section_id = sectionId === undefined ? '' : String(sectionId);
  form.byline = byline;
  return form;
}

/** A positive id typed as text; null for empty, NaN for anything else. */
function idValue(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^\d{1,12}$/.test(trimmed) && Number(trimmed) > 0 ? Number(trimmed) : NaN;
}

/**
 * Turns the typed form into the core's ArticleContent. Only the shape is checked here (numbers that
 * are not numbers); lengths, sanitizing and references are the core's job (checkContent, and the
 * save itself).
 */
export function contentFromForm(form: ArticleForm): { content: ArticleContent; errors: FormErrors } {
  const errors: FormErrors = {};
  const sectionId = idValue(form.section_id);
  if (sectionId === null || Number.isNaN(sectionId)) errors.section_id = 'Hãy chọn chuyên mục.';
  const imageId = idValue(form.featured_image_id);
  if (Number.isNaN(imageId)) errors.featured_image_id = 'Mã ảnh phải là một số.';
  const content: ArticleContent = {
    title: form.title,
    slug: form.slug,
    lead: form.lead,
    bodyHtml: form.body_html,
    sectionId: sectionId !== null && !Number.isNaN(sectionId) ? sectionId : 0,
    tags: form.tags.split(/[,;\n]/),
    byline: form.byline,
    featuredImageId: imageId !== null && !Number.isNaN(imageId) ? imageId : null,
    featuredCaption: form.featured_caption,
    featuredCredit: form.featured_credit,
    seoTitle: form.seo_title,
    seoDescription: form.seo_description,
  };
  // With a shape error the core never runs, so its own messages (an empty title…) are added now:
  // the person sees every problem at once, not one round trip each.
  if (Object.keys(errors).length > 0) return { content, errors: { ...fieldErrors(checkContent(content).errors), ...errors } };
  return { content, errors };
}

export function fieldErrors(errors: ContentErrors): FormErrors {
  const out: FormErrors = {};
  for (const [key, message] of Object.entries(errors) as [keyof ArticleContent, string][]) out[CONTENT_TO_FIELD[key]] = message;
  return out;
}

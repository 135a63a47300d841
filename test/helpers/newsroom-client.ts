import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Article } from '../../src/db/schema.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * One logged-in browser talking to the app through inject(): its own cookies, and the CSRF token of
 * the last newsroom page it loaded (what a form on that page would send).
 */
export class NewsroomClient {
  readonly cookies = new Map<string, string>();
  token = '';

  constructor(private readonly app: FastifyInstance) {}

  async request(method: Method, url: string, options: { form?: Record<string, string>; json?: unknown; headers?: Record<string, string>; raw?: string } = {}): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const type = options.form ? { 'content-type': 'application/x-www-form-urlencoded' } : options.json !== undefined ? { 'content-type': 'application/json', accept: 'application/json' } : {};
    const response = await this.app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...type, ...options.headers },
      payload: options.raw ?? (options.form ? new URLSearchParams(options.form).toString() : options.json !== undefined ? JSON.stringify(options.json) : undefined),
    });
    for (const c of response.cookies) {
      const expired = c.value === '' || (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const match = /name="_csrf" value="([^"]+)"/.exec(response.body);
    if (match) this.token = decodeEntities(match[1]);
    return response;
  }

  get(url: string) {
    return this.request('GET', url);
  }

  /** A form post carrying this page's CSRF token, unless `csrf` says otherwise (false: none; a string: that one). */
  post(url: string, form: Record<string, string> = {}, csrf: boolean | string = true) {
    const token = csrf === true ? this.token : csrf === false ? undefined : csrf;
    return this.request('POST', url, { form: token === undefined ? form : { _csrf: token, ...form } });
  }

  autosave(articleId: number, body: Record<string, unknown>, csrf: boolean | string = true) {
    const token = csrf === true ? this.token : csrf === false ? undefined : csrf;
    return this.request('POST', `/admin/bai-viet/${articleId}/autosave`, { json: body, headers: token === undefined ? {} : { 'x-csrf-token': token } });
  }

  async login(username: string, password: string): Promise<void> {
    await this.get('/admin/dang-nhap');
    const response = await this.post('/admin/dang-nhap', { username, password });
    assert.equal(response.statusCode, 303, `login of ${username} failed`);
    // A newsroom page, for a CSRF token that goes with this browser's cookie.
    await this.get('/admin');
  }
}

/** Every editor field of an article, as the form shows them, with some changed. */
export function formOf(article: Article, changes: Record<string, string> = {}): Record<string, string> {
  return {
    version: String(article.version),
    title: article.title,
    slug: article.slug,
    lead: article.lead,
    body_html: article.body_html,
    section_id: String(article.section_id),
    tags: '',
    byline: article.byline,
    featured_image_id: article.featured_image_id === null ? '' : String(article.featured_image_id),
    featured_caption: article.featured_caption,
    featured_credit: article.featured_credit,
    seo_title: article.seo_title,
    seo_description: article.seo_description,
    ...changes,
  };
}

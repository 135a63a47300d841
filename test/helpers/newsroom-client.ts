import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { decodeEntities } from '../../src/content/html-text.js';
import type { Article } from '../../src/db/schema.js';
import { SESSION_COOKIE } from '../../src/newsroom/sessions.js';

export { decodeEntities };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const LOGIN_PATH = '/admin/dang-nhap';

/**
 * One browser talking to the app through inject(): its own cookies (and address, when given), and
 * the CSRF token of the last newsroom page it loaded (what a form on that page would send). The one
 * HTTP client of the newsroom's tests.
 */
export class NewsroomClient {
  readonly cookies = new Map<string, string>();
  token = '';

  constructor(
    private readonly app: FastifyInstance,
    readonly ip?: string,
  ) {}

  async request(
    method: Method,
    url: string,
    options: { form?: Record<string, string>; json?: unknown; headers?: Record<string, string>; raw?: string } = {},
  ): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const type = options.form
      ? { 'content-type': 'application/x-www-form-urlencoded' }
      : options.json !== undefined
        ? { 'content-type': 'application/json', accept: 'application/json' }
        : {};
    const response = await this.app.inject({
      method,
      url,
      ...(this.ip ? { remoteAddress: this.ip } : {}),
      headers: { ...(cookie ? { cookie } : {}), ...type, ...options.headers },
      payload:
        options.raw ?? (options.form ? new URLSearchParams(options.form).toString() : options.json !== undefined ? JSON.stringify(options.json) : undefined),
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

  /** A form exactly as given: its own `_csrf` field, or none. */
  submit(url: string, form: Record<string, string>, headers: Record<string, string> = {}) {
    return this.request('POST', url, { form, headers });
  }

  /** The `_csrf` value of the first form on a page. */
  async csrf(url = LOGIN_PATH): Promise<string> {
    const response = await this.get(url);
    const match = /name="_csrf" value="([^"]+)"/.exec(response.body);
    assert.ok(match, `no CSRF field on ${url} (status ${response.statusCode})`);
    return decodeEntities(match[1]);
  }

  get session(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }

  autosave(articleId: number, body: Record<string, unknown>, csrf: boolean | string = true) {
    const token = csrf === true ? this.token : csrf === false ? undefined : csrf;
    return this.request('POST', `/admin/bai-viet/${articleId}/autosave`, { json: body, headers: token === undefined ? {} : { 'x-csrf-token': token } });
  }

  /** The login form sent as a person would, whatever the outcome. */
  async attemptLogin(username: string, password: string, next?: string): Promise<LightMyRequestResponse> {
    const _csrf = await this.csrf();
    return this.submit(LOGIN_PATH, { _csrf, username, password, ...(next !== undefined ? { tiep: next } : {}) });
  }

  async login(username: string, password: string): Promise<void> {
    const response = await this.attemptLogin(username, password);
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

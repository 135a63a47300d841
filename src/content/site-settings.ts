import type { Kysely } from 'kysely';
import { contentChanged, PageTags } from '../cache/changes.js';
import type { Database, Image } from '../db/schema.js';
import { MANAGING_EDITOR_MAY_PUBLISH } from '../newsroom/actors.js';
import { derivedZone, refreshDerived } from './derived.js';
import { getSetting, setSetting } from './settings.js';

/**
 * The settings an administrator changes from /admin/cai-dat. Every node keeps them in memory so
 * pages can read them synchronously (`app.config.timeZone`, `app.siteInfo.name`); the node that saves
 * reloads at once, the others within MAX_AGE_MS.
 */

export type LogoImage = Pick<Image, 'id' | 'hash' | 'width' | 'height' | 'variants'>;

export interface SiteSettings {
  name: string;
  description: string;
  logo: LogoImage | null;
  timeZone: string;
  managingEditorMayPublish: boolean;
  commentsEnabled: boolean;
}

/** What applies when nothing is stored: the built-in name and description, SITE_TIMEZONE. */
export interface SettingDefaults {
  name: string;
  description: string;
  timeZone: string;
}

export const SETTING_KEYS = {
  name: 'site_name',
  description: 'site_description',
  logo: 'site_logo_image_id',
  timeZone: 'site_timezone',
  managingEditorMayPublish: MANAGING_EDITOR_MAY_PUBLISH,
  commentsEnabled: 'comments_enabled',
} as const;

export const NAME_MAX = 100;
export const DESCRIPTION_MAX = 300;

async function findLogo(db: Kysely<Database>, raw: string | undefined): Promise<LogoImage | null> {
  const id = raw && /^\d{1,12}$/.test(raw) ? Number(raw) : null;
  if (id === null) return null;
  const image = await db.selectFrom('images').select(['id', 'hash', 'width', 'height', 'variants']).where('id', '=', id).executeTakeFirst();
  return image ?? null;
}

export async function readSiteSettings(db: Kysely<Database>, defaults: SettingDefaults): Promise<SiteSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', Object.values(SETTING_KEYS)).execute();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return {
    name: stored.get(SETTING_KEYS.name) || defaults.name,
    description: stored.get(SETTING_KEYS.description) ?? defaults.description,
    logo: await findLogo(db, stored.get(SETTING_KEYS.logo)),
    timeZone: effectiveZone(stored.get(SETTING_KEYS.timeZone), defaults.timeZone),
    managingEditorMayPublish: stored.get(SETTING_KEYS.managingEditorMayPublish) === '1',
    commentsEnabled: stored.get(SETTING_KEYS.commentsEnabled) !== '0',
  };
}

function effectiveZone(stored: string | undefined, fallback: string): string {
  // A zone stored by an older release that this Node no longer knows must not break every page.
  return stored && isTimeZone(stored) ? stored : fallback;
}

/** The site's time zone: the administrator's setting, else `fallback` (SITE_TIMEZONE). */
export async function readTimeZone(db: Kysely<Database>, fallback: string): Promise<string> {
  return effectiveZone(await getSetting(db, SETTING_KEYS.timeZone), fallback);
}

/** An IANA name ("Asia/Ho_Chi_Minh", "UTC") that this runtime can format dates in; no raw offsets. */
export function isTimeZone(value: string): boolean {
  if (!/^(?:UTC|[A-Z][A-Za-z_-]+(?:\/[A-Za-z0-9_+-]+){1,2})$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const MAX_AGE_MS = 5_000;

export class SiteSettingsCache {
  private value: SiteSettings;
  private loadedAt = 0;
  /** Loads are numbered so a slow older read never overwrites a newer one. */
  private started = 0;
  private applied = 0;
  private background: Promise<SiteSettings> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    readonly defaults: SettingDefaults,
  ) {
    this.value = { ...defaults, logo: null, managingEditorMayPublish: false, commentsEnabled: true };
  }

  get current(): SiteSettings {
    return this.value;
  }

  /** Reads the database now: always a new read, so a save is seen even while an older read is under way. */
  async refresh(): Promise<SiteSettings> {
    const seq = ++this.started;
    const value = await readSiteSettings(this.db, this.defaults);
    if (seq > this.applied) {
      this.applied = seq;
      this.value = value;
      this.loadedAt = Date.now();
    }
    return this.value;
  }

  /** Reloads when older than MAX_AGE_MS (another node may have saved since); concurrent requests share one read. */
  async fresh(): Promise<SiteSettings> {
    if (Date.now() - this.loadedAt < MAX_AGE_MS) return this.value;
    this.background ??= this.refresh().finally(() => {
      this.background = null;
    });
    return this.background;
  }
}

export interface SettingsInput {
  name: string;
  description: string;
  logoImageId: number | null;
  timeZone: string;
  managingEditorMayPublish: boolean;
  commentsEnabled: boolean;
}

export type SettingsErrors = Partial<Record<'name' | 'description' | 'logo' | 'timeZone', string>>;

/** Checks the form's text; the logo's existence is checked against the database. */
export async function validateSettings(db: Kysely<Database>, form: Record<string, string>): Promise<{ input: SettingsInput; errors: SettingsErrors }> {
  const errors: SettingsErrors = {};
  const name = (form.name ?? '').trim().normalize('NFC');
  const description = (form.description ?? '').trim().normalize('NFC');
  const logoText = (form.logo ?? '').trim();
  const timeZone = (form.time_zone ?? '').trim();
  if (!name) errors.name = 'Cần có tên báo.';
  else if (name.length > NAME_MAX) errors.name = `Tên báo dài tối đa ${NAME_MAX} ký tự.`;
  if (description.length > DESCRIPTION_MAX) errors.description = `Mô tả dài tối đa ${DESCRIPTION_MAX} ký tự.`;
  let logoImageId: number | null = null;
  if (logoText) {
    logoImageId = /^\d{1,12}$/.test(logoText) ? Number(logoText) : null;
    const found = logoImageId === null ? undefined : await db.selectFrom('images').select('id').where('id', '=', logoImageId).executeTakeFirst();
    if (!found) errors.logo = `Không có ảnh mã số "${logoText}" trong thư viện ảnh.`;
  }
  if (!isTimeZone(timeZone)) errors.timeZone = `Múi giờ "${timeZone}" không hợp lệ. Hãy nhập tên theo chuẩn IANA, ví dụ Asia/Ho_Chi_Minh.`;
  return {
    input: {
      name,
      description,
      logoImageId,
      timeZone,
      managingEditorMayPublish: form.managing_editor_may_publish === '1',
      commentsEnabled: form.comments_enabled === '1',
    },
    errors,
  };
}

/**
 * Saves all settings in one transaction. The time zone is stored only when it differs from
 * SITE_TIMEZONE, so an operator who later changes the environment is not silently overridden by a
 * form that merely repeated the old default. A new zone has the articles' stored dates recomputed:
 * that takes about a second per 10,000 articles, so it is handed back to run after the save has
 * answered (`recomputing`, null when the zone did not change); pages compute the dates of rows not
 * done yet, so nothing shows the old zone meanwhile.
 */
export async function saveSiteSettings(
  db: Kysely<Database>,
  input: SettingsInput,
  defaults: SettingDefaults,
): Promise<{ recomputing: Promise<number> | null }> {
  await db.transaction().execute(async (trx) => {
    await setSetting(trx, SETTING_KEYS.name, input.name);
    await setSetting(trx, SETTING_KEYS.description, input.description);
    if (input.logoImageId === null) await trx.deleteFrom('settings').where('key', '=', SETTING_KEYS.logo).execute();
    else await setSetting(trx, SETTING_KEYS.logo, String(input.logoImageId));
    if (input.timeZone === defaults.timeZone) await trx.deleteFrom('settings').where('key', '=', SETTING_KEYS.timeZone).execute();
    else await setSetting(trx, SETTING_KEYS.timeZone, input.timeZone);
    await setSetting(trx, SETTING_KEYS.managingEditorMayPublish, input.managingEditorMayPublish ? '1' : '0');
    await setSetting(trx, SETTING_KEYS.commentsEnabled, input.commentsEnabled ? '1' : '0');
  });
  await contentChanged(db, [PageTags.settings]);
  return { recomputing: (await derivedZone(db)) === input.timeZone ? null : refreshDerived(db, input.timeZone) };
}

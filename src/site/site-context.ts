import type { FastifyInstance } from 'fastify';
import { listSections, sectionTree } from '../content/sections.js';
import type { Section } from '../db/schema.js';
import type { SiteContext } from './context.js';

export interface LoadedContext {
  site: SiteContext;
  sections: Section[];
}

/** Loads what the header and footer show; sections are few, so one small query per page. */
export async function loadSiteContext(app: FastifyInstance): Promise<LoadedContext> {
  const sections = await listSections(app.db.kysely);
  return {
    sections,
    site: {
      siteName: app.siteInfo.name,
      siteDescription: app.siteInfo.description,
      siteUrl: app.config.siteUrl,
      timeZone: app.config.timeZone,
      now: new Date(),
      menu: sectionTree(sections),
      cssUrl: app.assets.css,
      scriptUrl: app.assets.script,
      logo: app.siteSettings.current.logo,
      commentsEnabled: app.siteSettings.current.commentsEnabled,
    },
  };
}

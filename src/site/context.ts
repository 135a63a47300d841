import type { SectionNode } from '../content/sections.js';

/** What every public page needs besides its own content. */
export interface SiteContext {
  siteName: string;
  siteDescription: string;
  siteUrl: string;
  timeZone: string;
  now: Date;
  menu: SectionNode[];
  /** Versioned URL of the stylesheet. */
  cssUrl: string;
  /** Versioned URL of the optional script, or null when the page needs none. */
  scriptUrl: string | null;
}

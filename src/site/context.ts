import type { SectionNode } from '../content/sections.js';
import type { LogoImage } from '../content/site-settings.js';

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
  /** Versioned URL of the site script (search suggestions for the header box, which every page has). */
  scriptUrl: string;
  /** The masthead shows this image instead of the name when set. Optional: the bare error-page context has none. */
  logo?: LogoImage | null;
  /** Site-wide comment switch (settings); absent means on. */
  commentsEnabled?: boolean;
}

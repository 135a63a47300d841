export { fold } from './fold.js';
export { canonicalTone } from './tone.js';
export { slugify } from './slug.js';
export {
  DEFAULT_TIME_ZONE,
  formatHeaderDate,
  formatArticleDate,
  formatShortDate,
  formatIsoOffset,
  formatRfc822,
  localDateKey,
  wallClock,
  zonedTimeToInstant,
  type WallClock,
} from './dates.js';
export { ELLIPSIS, excerpt } from './excerpt.js';
export { describeTextStats, READING_SPEED, textStats, type TextStats } from './reading.js';
export { decodeLegacy, suggestLegacyEncoding, type LegacyEncoding } from './legacy.js';
export { normalizeText, words } from './text.js';
export { dongInWords, formatInteger, formatVnd, integerToWords } from './numbers.js';

/**
 * Royalty arithmetic, in whole numbers only (no floating point ever touches money):
 * - a coefficient is kept in hundredths (1,5 → 150), a share in hundredths of a percent
 *   (33,33% → 3333; the shares of one article sum to exactly 10000), money in whole đồng;
 * - an article's amount = coefficient × the value of one unit in force on its publication day,
 *   rounded to the đồng, half away from zero (0,5 đồng → 1 đồng);
 * - that amount is split by the shares with the largest-remainder method: each person gets the
 *   whole đồng of their share, and the đồng left over go one each to the largest remainders (ties
 *   to the earlier line), so the parts always add up to the article's amount exactly.
 */

export const FULL_SHARE = 10_000;
const COEFFICIENT_SCALE = 100n;

/** Round a / b (b > 0) to the nearest whole number, halves away from zero. */
export function divideRounded(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  const twiceRemainder = 2n * (a % b);
  if (twiceRemainder >= b) return quotient + 1n;
  if (twiceRemainder <= -b) return quotient - 1n;
  return quotient;
}

/** coefficient (hundredths) × unit value (đồng), rounded to the đồng. */
export function articleAmount(coefficient: number, unitValue: number): number {
  return Number(divideRounded(BigInt(coefficient) * BigInt(unitValue), COEFFICIENT_SCALE));
}

/** The article's amount split by shares (hundredths of a percent, summing to FULL_SHARE). */
export function splitByShares(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  if (sum !== FULL_SHARE) throw new RangeError(`shares sum to ${sum}, not ${FULL_SHARE}`);
  const whole = BigInt(total);
  const parts = shares.map((share, index) => {
    const exact = whole * BigInt(share);
    return { index, part: exact / BigInt(FULL_SHARE), remainder: exact % BigInt(FULL_SHARE) };
  });
  let left = whole - parts.reduce((a, b) => a + b.part, 0n);
  const order = [...parts].sort((x, y) => (x.remainder === y.remainder ? x.index - y.index : x.remainder > y.remainder ? -1 : 1));
  for (const item of order) {
    if (left <= 0n) break;
    item.part += 1n;
    left -= 1n;
  }
  return parts.map(({ part }) => Number(part));
}

export interface UnitValue {
  effectiveFrom: string;
  value: number;
}

/**
 * The value in force on a day (YYYY-MM-DD in the site's zone): the latest one that took effect on
 * or before it. A day before every recorded value takes the earliest one.
 */
export function unitValueOn(values: readonly UnitValue[], day: string): UnitValue | undefined {
  const sorted = [...values].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  let found = sorted[0];
  for (const value of sorted) if (value.effectiveFrom <= day) found = value;
  return found;
}

/** "1,5" or "1.5" or "12" → hundredths; null for anything else (no more than two decimals, above 0, at most 1000). */
export function parseCoefficient(text: string): number | null {
  const match = /^(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return value > 0 && value <= 100_000 ? value : null;
}

/** Hundredths → "1,5", "12", "0,25". */
export function formatCoefficient(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const fraction = String(Math.abs(hundredths % 100))
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole},${fraction}` : String(whole);
}

/** "60", "33,33" (percent) → hundredths of a percent; null outside (0, 100]. */
export function parseShare(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return value > 0 && value <= FULL_SHARE ? value : null;
}

/** 3333 → "33,33%". */
export function formatShare(hundredths: number): string {
  return `${formatCoefficient(hundredths)}%`;
}

export function inRange(coefficient: number, range: { min: number; max: number }): boolean {
  return coefficient >= range.min && coefficient <= range.max;
}

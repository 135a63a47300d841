/**
 * Numbers the Vietnamese way: "1.200.000" (dot between thousands, comma before decimals) and in
 * words ("một triệu hai trăm nghìn"), as invoices and payment slips write them. Whole numbers
 * only: money is kept in integer đồng, so nothing here ever sees a fraction of a đồng.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function toBigInt(value: number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe whole number: ${value}`);
  return BigInt(value);
}

/** "1.200.000"; "-150.000". */
export function formatInteger(value: number | bigint): string {
  const n = toBigInt(value);
  const digits = (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0n ? `-${digits}` : digits;
}

/** "1.200.000 ₫", the way Vietnamese prices and statements print đồng. */
export function formatVnd(dong: number | bigint): string {
  return `${formatInteger(dong)} ₫`;
}

/** The word for one digit, 0–9. */
function digitWord(digit: number): string {
  const word = DIGITS[digit];
  if (word === undefined) throw new RangeError(`not a digit: ${digit}`);
  return word;
}

/**
 * One group of three digits. `full` asks for "không trăm" and "linh" even when the hundreds are
 * zero: every group after the first is read in full ("một triệu không trăm linh năm").
 */
function groupWords(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const out: string[] = [];
  if (full || hundreds > 0) out.push(digitWord(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0 && out.length > 0) out.push('linh');
  } else if (tens === 1) {
    out.push('mười');
  } else {
    out.push(digitWord(tens), 'mươi');
  }
  if (units === 0) return out;
  if (units === 1 && tens >= 2) out.push('mốt');
  else if (units === 4 && tens >= 2) out.push('tư');
  else if (units === 5 && tens >= 1) out.push('lăm');
  else out.push(digitWord(units));
  return out;
}

/** Below one tỷ (10^9): up to three groups of three digits, each with its name; tỷ restarts the cycle (nghìn tỷ, triệu tỷ). */
function belowBillion(n: number, leading: boolean): string[] {
  const groups: [number, string][] = [
    [Math.floor(n / 1_000_000), 'triệu'],
    [Math.floor(n / 1000) % 1000, 'nghìn'],
    [n % 1000, ''],
  ];
  const out: string[] = [];
  for (const [group, name] of groups) {
    if (group === 0) continue;
    const first = leading && out.length === 0;
    out.push(...groupWords(group, !first), ...(name ? [name] : []));
  }
  return out;
}

const BILLION = 1_000_000_000n;

function positiveWords(n: bigint, leading: boolean): string[] {
  if (n < BILLION) return belowBillion(Number(n), leading);
  const high = n / BILLION;
  const low = n % BILLION;
  const out = [...positiveWords(high, leading), 'tỷ'];
  if (low > 0n) out.push(...belowBillion(Number(low), false));
  return out;
}

/** "một triệu hai trăm nghìn"; "không"; "âm mười lăm". */
export function integerToWords(value: number | bigint): string {
  const n = toBigInt(value);
  if (n === 0n) return DIGITS[0];
  const words = positiveWords(n < 0n ? -n : n, true).join(' ');
  return n < 0n ? `âm ${words}` : words;
}

/** "Một triệu hai trăm nghìn đồng": the amount in words, as a statement or a receipt writes it. */
export function dongInWords(dong: number | bigint): string {
  const words = `${integerToWords(dong)} đồng`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

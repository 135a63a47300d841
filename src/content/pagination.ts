import { HttpError } from '../http-error.js';

export const PAGE_SIZE = 20;

/** `?trang=N`: absent means 1; anything but a positive whole number is the reader's mistake. */
export function parsePage(value: unknown): number {
  if (value === undefined || value === '') return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) throw new HttpError(400, 'Số trang không hợp lệ.');
  return Number(value);
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/**
 * The browser's own check of a picture before it is sent, so a person learns at once (the media
 * library's drop zone and the editor's picture dialog); the server checks the content again.
 */

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
const EXTENSIONS = /\.(jpe?g|png|webp|gif)$/i;

export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Why this file will not be taken, in Vietnamese, or null. */
export function refusalOf(file: File): string | null {
  if (file.size === 0) return 'Tệp rỗng.';
  if (file.size > MAX_IMAGE_BYTES) return `Ảnh nặng ${sizeText(file.size)}, vượt quá 20 MB.`;
  const typeOk = file.type ? TYPES.includes(file.type) : EXTENSIONS.test(file.name);
  return typeOk ? null : 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.';
}

/** The first picture among dropped or pasted files, if any. */
export function imageFileOf(data: DataTransfer | null | undefined): File | null {
  if (!data) return null;
  return Array.from(data.files).find((file) => file.type.startsWith('image/') || EXTENSIONS.test(file.name)) ?? null;
}

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

/**
 * Posts an upload form and reports its progress; the answer is the server's JSON with the HTTP
 * status, or a Vietnamese error when the answer is not JSON or the connection drops.
 */
export function postWithProgress<Answer extends { error?: string }>(
  url: string,
  token: string,
  data: FormData,
  progress: HTMLProgressElement,
): Promise<Answer & { status: number }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
    });
    xhr.addEventListener('load', () => {
      let answer: Answer;
      try {
        answer = JSON.parse(xhr.responseText) as Answer;
      } catch {
        answer = { error: `Máy chủ trả lời lỗi ${xhr.status}.` } as Answer;
      }
      resolve({ ...answer, status: xhr.status });
    });
    xhr.addEventListener('error', () => resolve({ status: 0, error: 'Mất kết nối trong khi tải lên. Vui lòng thử lại.' } as Answer & { status: number }));
    xhr.send(data);
  });
}

import { fold } from '../vi/index.js';

/**
 * Folded text for the media library's search. Punctuation becomes spaces so that a file name such as
 * `ruong-bac-thang_2024.jpg` is found by the words "ruong bac thang".
 */
export function searchWords(text: string): string[] {
  return fold(text.normalize('NFC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export function imageSearchText(image: { alt: string; caption: string; original_name: string }): string {
  // Spaces around each word let a search ask for a word start (" ruong") as well as any substring.
  return ` ${searchWords(`${image.alt} ${image.caption} ${image.original_name}`).join(' ')} `;
}

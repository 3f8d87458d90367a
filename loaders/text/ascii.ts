/**
 * Whether `text` opens with one of the ASCII letters `lowers` (given in lowercase), in either
 * case. A pattern anchored at the start that opens with one of those letters cannot match
 * otherwise (under `i` without `u`, no other character matches an ASCII letter), so this test
 * spares such patterns on most lines.
 */
export function opensWithLetter(text: string, lowers: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  return first >= 0x61 && first <= 0x7a && lowers.includes(String.fromCharCode(first));
}

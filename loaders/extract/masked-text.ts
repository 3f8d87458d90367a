import { execAll } from '../text/regex';

/**
 * Whether `lower` (the request lowercased) contains `literal`. A case-insensitive pattern's
 * ASCII letters match only ASCII letters of either case, whose lowercase is the literal; and
 * masking blanks characters, it never makes one. So a pattern that cannot match without the
 * literal is skipped, exactly, when the lowercased request lacks it.
 */
export function mentions(lower: string, literal: string): boolean {
  return lower.includes(literal);
}

/** The request text with spans already read blanked out, so no number is read twice. */
export class MaskedText {
  constructor(public value: string) {}

  /** One span blanked: maskAll for a single span, without its arrays. */
  mask(start: number, end: number): void {
    if (end <= 0) return;
    const from = Math.max(start, 0);
    this.value = this.value.slice(0, from) + ' '.repeat(end - from) + this.value.slice(end);
  }

  /** Blanks spans given in order of start, in one pass. */
  maskAll(spans: readonly (readonly [number, number])[]): void {
    if (spans.length === 0) return;
    const parts: string[] = [];
    let at = 0;
    for (const [start, end] of spans) {
      if (end <= at) continue;
      const from = Math.max(start, at);
      parts.push(this.value.slice(at, from), ' '.repeat(end - from));
      at = end;
    }
    parts.push(this.value.slice(at));
    this.value = parts.join('');
  }

  /** The first match of `pattern` (global), masked; null when none. */
  take(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = 0;
    const match = pattern.exec(this.value);
    if (match) this.mask(match.index, match.index + match[0].length);
    return match;
  }

  /** Every match of `pattern` (global), masked. */
  takeAll(pattern: RegExp): RegExpExecArray[] {
    const matches = execAll(pattern, this.value);
    this.maskAll(matches.map((m) => [m.index, m.index + m[0].length] as const));
    return matches;
  }
}

/**
 * What a span must show: for each citation and item header of a parsed letter, the slice of the
 * cleaned letter text (cleanedLetterText) it points at. Returns one line per span that does not
 * show its field, so a test can print them all.
 */
import type { Determination, Span } from '../../loaders';
import { joinLines } from '../../loaders/text/clean-text';

/** Whitespace read away, and a `?` extraction made of a smart quote read as the quote. */
const squeeze = (text: string): string => text.replace(/\s+/g, '').replace(/['"]/g, '?');

export function spanMismatches(file: string, letter: Determination, text: string): string[] {
  const wrong: string[] = [];
  const slice = (span: Span | undefined): string | null =>
    span === undefined ||
    span.start < 0 ||
    span.end > text.length ||
    span.start >= span.end ||
    /^\s|\s$/.test(text.slice(span.start, span.end))
      ? null
      : text.slice(span.start, span.end);
  for (const decision of letter.decisions) {
    const where = `${file} item ${decision.ordinal}`;
    const header = slice(decision.requestSpan);
    // The header as the parser joins its lines holds the request and ends in the outcome.
    const joined = header === null ? null : joinLines(header.split('\n'));
    if (
      joined === null ||
      !joined.includes(decision.request) ||
      !/(?:Upheld|Overturned)\s*\.?$/i.test(joined)
    )
      wrong.push(`${where}: request span ${JSON.stringify(decision.requestSpan)} -> ${joined}`);
    for (const party of [decision.claimsAdministrator, decision.reviewer]) {
      for (const citation of party.citations) {
        const read = slice(citation.span);
        if (read === null || squeeze(read) !== squeeze(citation.text))
          wrong.push(`${where}: citation '${citation.text}' spans '${read}'`);
      }
    }
  }
  return wrong;
}

/**
 * Turns a letter's positioned text runs, page by page, into the text the parser reads:
 *
 *   Case Number: CM16-0213037          <- page-1 header, one `Label: value` line per field
 *   Date Assigned: 11/09/2016
 *   ...
 *   Application Received: 11/03/2016
 *                                      <- blank line
 *   HOW THE IMR FINAL DETERMINATION WAS MADE
 *   MAXIMUS Federal Services sent ...  <- body: lines in reading order, a blank line at each
 *                                         paragraph break and between pages
 */
import { readHeaderTable } from './page-header';
import { groupLines, pageLines, usualLinePitch, type TextLine, type TextRun } from './text-layout';

export function layOutLetter(pages: readonly (readonly TextRun[])[]): string {
  const linesByPage = pages.map((runs) => groupLines(runs));
  const pitch = usualLinePitch(linesByPage);
  const blocks = linesByPage.map((lines, index) =>
    index === 0 ? firstPageLines(lines, pitch) : pageLines(lines, pitch),
  );
  return blocks
    .map((block) => trimBlankEnds(block).join('\n'))
    .filter((block) => block !== '')
    .join('\n\n');
}

/** Page 1: any lines above the header table, the header as fields, then the body. */
function firstPageLines(lines: TextLine[], pitch: number): string[] {
  const header = readHeaderTable(lines);
  if (!header) return pageLines(lines, pitch);
  const above = pageLines(lines.slice(0, header.firstLine), pitch);
  const body = pageLines(lines.slice(header.lastLine + 1), pitch);
  return [
    ...above,
    ...(above.length ? [''] : []),
    ...header.fields,
    ...header.leftovers,
    '',
    ...body,
  ];
}

function trimBlankEnds(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end);
}

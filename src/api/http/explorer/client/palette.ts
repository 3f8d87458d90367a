/**
 * The drawing's colours, in one place so their contrast can be checked (test/unit): WCAG AA
 * asks 3:1 against the background for the parts of a picture one needs to read it (node
 * outlines, edges, the outcome fills) and 4.5:1 for text. Okabe–Ito blue and vermilion tell the
 * outcomes apart for colour-blind readers; the shapes (diamond, square) say it again.
 */

export const PAPER = '#ffffff';
export const INK = '#1b1f24';
export const OVERTURNED_COLOR = '#0072B2';
export const UPHELD_COLOR = '#D55E00';
/** Outline of every node: the plain fills and the rate scale's light end sit on it. */
export const NODE_BORDER = '#3c4043';
export const GROUP_COLOR = '#E8EAED';
export const EDGE_COLOR = '#858b93';
export const EDGE_HOVER_COLOR = '#3c4043';
export const PLAIN_NODE_COLOR = '#A5ABB6';

/** WCAG 2's contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

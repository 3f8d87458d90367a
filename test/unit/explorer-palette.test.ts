import {
  EDGE_COLOR,
  EDGE_HOVER_COLOR,
  GROUP_COLOR,
  INK,
  NODE_BORDER,
  OVERTURNED_COLOR,
  PAPER,
  PLAIN_NODE_COLOR,
  UPHELD_COLOR,
  contrastRatio,
} from '../../src/api/http/explorer/client/palette';

/** WCAG AA for the drawing: 3:1 for what one reads the picture by, 4.5:1 for its labels. */
describe('explorer palette contrast', () => {
  test('the ratio is WCAG 2 formula: black on white is 21, a colour on itself 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio(UPHELD_COLOR, UPHELD_COLOR)).toBe(1);
    // WebAIM's published figure for #777777 on white.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  test.each([
    ['overturned decision fill', OVERTURNED_COLOR],
    ['upheld decision fill', UPHELD_COLOR],
    ['node outline', NODE_BORDER],
    ['edge', EDGE_COLOR],
    ['hovered edge', EDGE_HOVER_COLOR],
  ])('%s stands out from the background by 3:1', (_, colour) => {
    expect(contrastRatio(colour, PAPER)).toBeGreaterThanOrEqual(3);
  });

  test('light fills (plain nodes, groups) have the outline to stand out by', () => {
    for (const fill of [PLAIN_NODE_COLOR, GROUP_COLOR]) {
      expect(contrastRatio(NODE_BORDER, fill)).toBeGreaterThanOrEqual(3);
    }
  });

  test('labels are ink on paper: 4.5:1 and more', () => {
    expect(contrastRatio(INK, PAPER)).toBeGreaterThanOrEqual(4.5);
  });
});

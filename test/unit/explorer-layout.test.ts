import { fanPositions } from '../../src/api/http/explorer/client/layout';

/** Expanding a node in place: its new neighbours land beside it, apart, away from the picture. */
describe('explorer: places for expanded neighbours', () => {
  const at = { x: 300, y: 0 };
  const centre = { x: 0, y: 0 };
  const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.hypot(a.x - b.x, a.y - b.y);

  test.each([1, 7, 40, 250])('%i neighbours: one place each, none on another', (count) => {
    const spots = fanPositions(at, centre, count);
    expect(spots).toHaveLength(count);
    let nearestToNode = Infinity;
    let nearestPair = Infinity;
    for (const [i, a] of spots.entries()) {
      nearestToNode = Math.min(nearestToNode, distance(a, at));
      for (const b of spots.slice(i + 1)) nearestPair = Math.min(nearestPair, distance(a, b));
    }
    expect(nearestToNode).toBeGreaterThanOrEqual(120);
    if (count > 1) expect(nearestPair).toBeGreaterThan(30);
  });

  test('they face away from the centre of the picture', () => {
    const spots = fanPositions(at, centre, 20);
    // Most land farther out than the node itself, none behind it towards the centre.
    expect(spots.filter((p) => p.x > at.x).length).toBeGreaterThan(spots.length / 2);
    for (const p of spots) expect(distance(p, centre)).toBeGreaterThan(distance(at, centre) * 0.9);
  });

  test('a node at the centre itself still gets its ring', () => {
    expect(fanPositions(centre, centre, 3)).toHaveLength(3);
  });
});

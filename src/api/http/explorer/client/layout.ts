/** Where new nodes go when a node is expanded in place: pure geometry, tested in test/unit. */

export interface Point {
  x: number;
  y: number;
}

/**
 * Places for `count` new neighbours of a node at `at`: arcs of 200° facing away from the
 * picture's centre, ring after ring (about 44 units apart on each), so they land in free
 * space next to the node they belong to and nothing drawn has to move.
 */
export function fanPositions(at: Point, centre: Point, count: number): Point[] {
  const dx = at.x - centre.x;
  const dy = at.y - centre.y;
  const facing = dx === 0 && dy === 0 ? 0 : Math.atan2(dy, dx);
  const arc = (200 * Math.PI) / 180;
  const out: Point[] = [];
  for (let ring = 1; out.length < count; ring++) {
    const radius = 70 + ring * 55;
    const room = Math.max(1, Math.floor((arc * radius) / 44));
    const here = Math.min(room, count - out.length);
    for (let i = 0; i < here; i++) {
      const angle = facing - arc / 2 + (arc * (i + 0.5)) / here;
      out.push({ x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) });
    }
  }
  return out;
}

import { allocatePlaces } from '../../src/api/graph-view/grouping';
import { groupId, parseGroupId, type GroupRef } from '../../src/api/graph-view/group-id';
import {
  forceLayout,
  layoutIterations,
  MIN_LAYOUT_ITERATIONS,
} from '../../src/api/graph-view/layout';
import { groupCaption } from '../../src/api/graph-view/relationships';

describe('the grouping rule', () => {
  it('shows everything when it fits, with no group', () => {
    expect(allocatePlaces([3, 1, 2], 10)).toEqual({
      quotas: [3, 1, 2],
      grouped: [false, false, false],
      used: 6,
      complete: true,
    });
  });

  it('shows small buckets whole and groups the rest of a hub, never over the budget', () => {
    const a = allocatePlaces([197, 2, 1], 20);
    expect(a.quotas).toEqual([16, 2, 1]);
    expect(a.grouped).toEqual([true, false, false]);
    expect(a.used).toBe(20);
    expect(a.complete).toBe(true);
  });

  it('shows plus grouped is every member, whatever the sizes and budget', () => {
    for (const budget of [0, 1, 2, 3, 5, 8, 13, 50]) {
      const sizes = [40, 7, 1, 0, 3, 12];
      const a = allocatePlaces(sizes, budget);
      expect(a.used).toBeLessThanOrEqual(budget);
      sizes.forEach((size, i) => {
        expect(a.quotas[i]).toBeLessThanOrEqual(size);
        if (a.grouped[i]) expect(a.quotas[i]).toBeLessThan(size);
        const covered = a.quotas[i] === size || a.grouped[i];
        if (!covered) expect(a.complete).toBe(false);
      });
      if (a.complete) expect(sizes.every((s, i) => a.quotas[i] === s || a.grouped[i])).toBe(true);
    }
  });

  it('with fewer places than buckets, groups the first and is incomplete', () => {
    const a = allocatePlaces([5, 5, 5], 2);
    expect(a.grouped).toEqual([true, true, false]);
    expect(a.quotas).toEqual([0, 0, 0]);
    expect(a.complete).toBe(false);
  });
});

describe('group ids', () => {
  const ref: GroupRef = {
    of: 'Guideline:MTUS|ACOEM: Low Back #3/4',
    type: 'REVIEWER_CITED',
    out: false,
    offset: 17,
    except: 'Decision:CM16-0213037#2',
  };

  it('round-trip keys with : # | / and carry none of them', () => {
    const id = groupId(ref);
    expect(id).toMatch(/^Group:[A-Za-z0-9_-]+$/);
    expect(parseGroupId(id)).toEqual(ref);
    expect(parseGroupId(groupId({ ...ref, except: null }))).toEqual({ ...ref, except: null });
  });

  it('refuses what is not a group a view could have given', () => {
    const encode = (o: unknown) => `Group:${Buffer.from(JSON.stringify(o)).toString('base64url')}`;
    expect(parseGroupId('Group:not base64!')).toHaveProperty('error');
    expect(parseGroupId('Group:' + Buffer.from('{x').toString('base64url'))).toHaveProperty(
      'error',
    );
    expect(parseGroupId(encode({ ...ref, type: 'DETACH DELETE' }))).toHaveProperty('error');
    expect(parseGroupId(encode({ ...ref, of: 'MRI' }))).toHaveProperty('error');
    expect(parseGroupId(encode({ ...ref, of: 'Nope:x' }))).toHaveProperty('error');
    expect(parseGroupId(encode({ ...ref, offset: -1 }))).toHaveProperty('error');
    expect(parseGroupId(encode({ ...ref, offset: 1.5 }))).toHaveProperty('error');
    expect(parseGroupId(encode({ ...ref, out: 'yes' }))).toHaveProperty('error');
    expect(parseGroupId(encode({ ...ref, except: 7 }))).toHaveProperty('error');
    expect(parseGroupId(encode([1]))).toHaveProperty('error');
  });

  it('captions say what the members are', () => {
    expect(groupCaption('Decision', 197, { overturned: 49 })).toBe('197 Decisions · 49 overturned');
    expect(groupCaption('Guideline', 1, null)).toBe('1 Guideline');
    expect(groupCaption('BodyRegion', 12, null)).toBe('12 Body regions');
  });
});

describe('the force layout', () => {
  const star = (n: number) => ({
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      x: i === 0 ? 0 : 100 * Math.cos(i),
      y: i === 0 ? 0 : 100 * Math.sin(i),
      size: 6,
    })),
    edges: Array.from({ length: n - 1 }, (_, i) => ({
      source: 'n0',
      target: `n${i + 1}`,
      weight: 1,
    })),
  });

  it('is deterministic and moves the nodes from their start', () => {
    const { nodes, edges } = star(30);
    const a = forceLayout(nodes, edges);
    expect(forceLayout(nodes, edges)).toEqual(a);
    expect(a.some((p, i) => p.x !== Math.round(nodes[i].x * 10) / 10)).toBe(true);
  });

  it('caps its iterations as the view grows', () => {
    expect(layoutIterations(1)).toBe(0);
    expect(layoutIterations(20)).toBeGreaterThan(layoutIterations(400));
    expect(layoutIterations(500)).toBeGreaterThanOrEqual(MIN_LAYOUT_ITERATIONS);
  });
});

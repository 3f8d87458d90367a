import { expandLevel, findRoot, readNodes } from '../../src/api/graph-view/graph-view.queries';
import {
  type AssembledView,
  captionOf,
  classOf,
  colorOf,
  MAX_NODE_SIZE,
  OUTCOME_COLORS,
  MAX_PROPERTY_TEXT,
  radialLayout,
  shapeView,
  sizeOf,
  toCytoscape,
  toGraphology,
  toNvl,
  visibleProperties,
} from '../../src/api/graph-view/graph-view.shape';
import { edgeId, NODE_LABELS, nodeId, parseNodeRef } from '../../src/api/graph-view/node-ref';

describe('node references', () => {
  it('reads the Label:key form and leaves anything else a bare key', () => {
    expect(parseNodeRef('Service:MRI')).toEqual({ label: 'Service', key: 'MRI' });
    expect(parseNodeRef('Guideline:MTUS|ODG|low back: lumbar')).toEqual({
      label: 'Guideline',
      key: 'MTUS|ODG|low back: lumbar',
    });
    expect(parseNodeRef('CM16-0213037')).toEqual({ label: null, key: 'CM16-0213037' });
    expect(parseNodeRef('Nope:x')).toEqual({ label: null, key: 'Nope:x' });
    expect(parseNodeRef(':x')).toEqual({ label: null, key: ':x' });
  });

  it('gives node and edge ids that cannot collide and round-trip through parseNodeRef', () => {
    const id = nodeId('Case', 'CM16-0213037');
    expect(parseNodeRef(id)).toEqual({ label: 'Case', key: 'CM16-0213037' });
    expect(edgeId('HAS_DECISION', id, 'Decision:CM16-0213037#1')).toBe(
      'HAS_DECISION:Case:CM16-0213037->Decision:CM16-0213037#1',
    );
  });

  it('looks a bare key up under every label with parameters only', () => {
    for (const label of NODE_LABELS) expect(findRoot.cypher).toContain(`MATCH (n:${label} {`);
    expect(findRoot.cypher).toContain('$key');
    const level = expandLevel(32).cypher;
    expect(level).toContain('rationale: null, summary: null');
    expect(level).toContain('ORDER BY degree DESC, m.key ASC');
    expect(level).toContain("req.bucket = '<HAS_DECISION'");
    expect(level).toContain('LIMIT 32');
    expect(readNodes.cypher).toContain('COUNT { (n)<-[:FOR_SERVICE]-() }');
    expect(readNodes.cypher).toContain('$nodes');
  });
});

describe('captions and properties', () => {
  it('captions each label from its own properties', () => {
    expect(
      captionOf('Decision', { caseNumber: 'CM16-0213037', ordinal: 2, serviceName: 'MRI' }, 'k'),
    ).toBe('CM16-0213037 #2 · MRI');
    expect(captionOf('Decision', { ordinal: 2, serviceName: 'MRI' }, 'CM1#2')).toBe('CM1 #2 · MRI');
    expect(captionOf('Guideline', { document: 'ODG', section: 'Low Back' }, 'k')).toBe(
      'ODG: Low Back',
    );
    expect(captionOf('Guideline', { document: 'ODG', section: null }, 'k')).toBe('ODG');
    expect(captionOf('Reviewer', { specialties: ['Orthopedic Surgery'] }, 'k')).toBe(
      'Orthopedic Surgery',
    );
    expect(captionOf('Case', {}, 'CM16-0213037')).toBe('CM16-0213037');
    expect(captionOf('Diagnosis', { name: 'lumbar strain' }, 'lumbar strain')).toBe(
      'lumbar strain',
    );
    expect(
      captionOf('Decision', { ordinal: 1, request: 'x'.repeat(200) }, 'k').length,
    ).toBeLessThanOrEqual(48);
  });

  it('drops the nulled long texts and cuts long strings', () => {
    const shown = visibleProperties({
      rationale: null,
      summary: null,
      request: 'y'.repeat(500),
      ordinal: 1,
      spinalLevels: ['L4-L5'],
    });
    expect(shown).not.toHaveProperty('rationale');
    expect(shown).not.toHaveProperty('summary');
    expect((shown.request as string).length).toBe(MAX_PROPERTY_TEXT);
    expect(shown).toMatchObject({ ordinal: 1, spinalLevels: ['L4-L5'] });
  });

  it('sizes grow with the degree, slowly, and stop at a cap', () => {
    expect(sizeOf(0)).toBe(6);
    expect(sizeOf(1)).toBeLessThan(sizeOf(10));
    expect(sizeOf(10)).toBeLessThan(sizeOf(100));
    expect(sizeOf(10000)).toBe(MAX_NODE_SIZE);
    expect(sizeOf(1_000_000)).toBe(MAX_NODE_SIZE);
  });

  it('classes and colours decisions by outcome, other nodes by label', () => {
    expect(classOf('Decision', { outcome: 'OVERTURNED' })).toBe('OVERTURNED');
    expect(classOf('Decision', { outcome: 'UPHELD' })).toBe('UPHELD');
    expect(classOf('Case', { outcome: 'UPHELD' })).toBe('Case');
    expect(colorOf('Decision', { outcome: 'OVERTURNED' })).toBe(OUTCOME_COLORS.OVERTURNED);
    expect(colorOf('Decision', { outcome: 'UPHELD' })).toBe(OUTCOME_COLORS.UPHELD);
    expect(OUTCOME_COLORS.UPHELD).not.toBe(OUTCOME_COLORS.OVERTURNED);
    expect(colorOf('Case', {})).toBe('#4C8EDA');
  });

  it('lays the root at the centre and each depth on a ring', () => {
    const [root, a, b] = radialLayout([0, 1, 1]);
    expect(root).toEqual({ x: 0, y: 0 });
    expect(Math.hypot(a.x, a.y)).toBeCloseTo(150, 0);
    expect(Math.hypot(b.x, b.y)).toBeCloseTo(150, 0);
    expect(a).not.toEqual(b);
  });
});

describe('shapeView', () => {
  const raw = (eid: string, labels: string[], properties: Record<string, unknown>) => ({
    elementId: eid,
    labels,
    properties,
    degree: 3,
    sizes: null,
  });
  const assembled: AssembledView = {
    rootId: 'Case:CM1',
    nodes: [
      { raw: raw('e1', ['Case'], { caseNumber: 'CM1' }), depth: 0 },
      {
        raw: raw('e2', ['Decision'], {
          id: 'CM1#1',
          caseNumber: 'CM1',
          ordinal: 1,
          serviceName: 'MRI',
          outcome: 'OVERTURNED',
        }),
        depth: 1,
      },
      { raw: raw('e3', ['Service'], { name: 'MRI' }), depth: 2 },
    ],
    groups: [
      {
        ref: {
          of: 'Service:MRI',
          type: 'FOR_SERVICE',
          out: false,
          offset: 0,
          except: 'Decision:CM1#1',
        },
        parent: 'e3',
        count: 197,
        overturned: 49,
        upheld: 148,
        depth: 3,
      },
    ],
    edges: [
      { elementId: 'r1', type: 'HAS_DECISION', source: 'e1', target: 'e2' },
      { elementId: 'r1', type: 'HAS_DECISION', source: 'e1', target: 'e2' },
      { elementId: 'r2', type: 'FOR_SERVICE', source: 'e2', target: 'e3' },
    ],
    truncated: false,
  };

  it('keeps each relationship once, with ids from its ends, and hangs each group from its node', () => {
    const view = shapeView(assembled);
    expect(view.root).toBe('Case:CM1');
    const [, , , group] = view.nodes;
    expect(view.nodes.map((n) => n.id).slice(0, 3)).toEqual([
      'Case:CM1',
      'Decision:CM1#1',
      'Service:MRI',
    ]);
    expect(group).toMatchObject({
      label: 'Group',
      count: 197,
      caption: '197 Decisions · 49 overturned',
      group: 'Group',
    });
    expect(group.id).toMatch(/^Group:[A-Za-z0-9_-]+$/);
    expect(view.edges.map((e) => [e.id, e.weight])).toEqual([
      ['HAS_DECISION:Case:CM1->Decision:CM1#1', 1],
      ['FOR_SERVICE:Decision:CM1#1->Service:MRI', 1],
      [`FOR_SERVICE:${group.id}->Service:MRI`, 197],
    ]);
    expect(view.nodes[1]).toMatchObject({ group: 'OVERTURNED', count: 1 });
    expect(view.truncated).toBe(false);
  });

  it('lays out the same answer the same way, every node at a finite position', () => {
    const a = shapeView(assembled);
    const b = shapeView(structuredClone(assembled));
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
    for (const n of a.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    expect(new Set(a.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(a.nodes.length);
  });

  it('fits Cytoscape.js, graphology/sigma and NVL as they are', () => {
    const view = shapeView(assembled);
    const ids = new Set(view.nodes.map((n) => n.id));

    const elements = toCytoscape(view) as {
      group: string;
      data: Record<string, string>;
      classes?: string[];
    }[];
    expect(elements).toHaveLength(7);
    for (const e of elements.filter((x) => x.group === 'edges')) {
      expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    }
    expect(elements[0].data).toMatchObject({ id: 'Case:CM1', label: 'CM1' });
    expect(elements[1].classes).toEqual(['Decision', 'OVERTURNED']);

    const graphology = toGraphology(view) as {
      nodes: { key: string; attributes: Record<string, unknown> }[];
      edges: { key: string; source: string; target: string }[];
    };
    expect(graphology.nodes.map((n) => n.key)).toEqual([...ids]);
    for (const n of graphology.nodes) {
      expect(n.attributes).toEqual(
        expect.objectContaining({
          x: expect.any(Number),
          y: expect.any(Number),
          size: expect.any(Number),
          label: expect.any(String),
        }),
      );
      expect(n.attributes).not.toHaveProperty('type'); // sigma would look for a node program
    }
    expect(graphology.edges[0]).toMatchObject({ source: 'Case:CM1', target: 'Decision:CM1#1' });

    const nvl = toNvl(view) as {
      nodes: { id: string; captions: { value: string }[] }[];
      relationships: { id: string; from: string; to: string }[];
    };
    expect(nvl.nodes[1]).toMatchObject({
      id: 'Decision:CM1#1',
      captions: [{ value: 'CM1 #1 · MRI' }],
    });
    expect(nvl.relationships[1]).toMatchObject({ from: 'Decision:CM1#1', to: 'Service:MRI' });
    const all = [...nvl.nodes.map((n) => n.id), ...nvl.relationships.map((r) => r.id)];
    expect(new Set(all).size).toBe(all.length); // NVL wants ids unique across both
  });
});

import { MultiDirectedGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import {
  toExportGraph,
  writeGexf,
  writeGraphml,
  type ExportableView,
} from '../../src/api/graph-view/graph-export';
import { writeGraphmlString } from '../../src/api/graph-view/graphml-writer';

/** The export files from a view, pure: attributes as the view carries them, typed, escaped. */
const view: ExportableView = {
  root: 'Case:CM1',
  truncated: false,
  nodes: [
    {
      id: 'Case:CM1',
      label: 'Case',
      caption: 'CM1',
      properties: { caseNumber: 'CM1', year: 2016, expedited: false, notes: null, tags: [] },
      ...{ depth: 0, degree: 3, size: 10, color: '#4C8EDA', x: 0, y: 0, count: 1 },
    },
    {
      id: 'Decision:CM1#1',
      label: 'Decision',
      caption: '#1 MRI <lumbar> & "spine"',
      properties: { id: 'CM1#1', depth: 'not a depth', ordinal: 1, codes: ['a|b', "it's"] },
      ...{ depth: 1, degree: 4, size: 12.5, color: '#F79767', x: 150.5, y: -3 },
    },
  ],
  edges: [
    {
      id: 'HAS_DECISION:Case:CM1->Decision:CM1#1',
      type: 'HAS_DECISION',
      source: 'Case:CM1',
      target: 'Decision:CM1#1',
      caption: 'HAS_DECISION',
    },
    // Parallel edges (UR_CITED beside REVIEWER_CITED) stay two edges.
    {
      id: 'UR_CITED:Case:CM1->Decision:CM1#1',
      type: 'UR_CITED',
      source: 'Case:CM1',
      target: 'Decision:CM1#1',
      caption: 'UR_CITED',
      ...{ weight: 3, properties: { rate: 0.25 } },
    } as ExportableView['edges'][number],
  ],
};

describe('toExportGraph', () => {
  const graph = toExportGraph(view, { depth: 1, limit: 200 });

  test('a node: caption as label, drawn fields apart, other fields and properties as attributes', () => {
    expect(graph.nodes[0]).toEqual({
      id: 'Case:CM1',
      label: 'CM1',
      color: '#4C8EDA',
      size: 10,
      x: 0,
      y: 0,
      attributes: {
        nodeLabel: 'Case',
        depth: 0,
        degree: 3,
        count: 1, // a field the view grows later comes along by itself
        caseNumber: 'CM1',
        year: 2016,
        expedited: false, // nulls and empty lists are no value
      },
    });
  });

  test('a property named like a field or a format’s own attribute gets a prefix', () => {
    expect(graph.nodes[1].attributes).toMatchObject({
      depth: 1,
      property_depth: 'not a depth',
      property_id: 'CM1#1',
      codes: ['a|b', "it's"],
    });
  });

  test('an edge: caption as label, type as relType, weight apart', () => {
    expect(graph.edges[1]).toEqual({
      id: 'UR_CITED:Case:CM1->Decision:CM1#1',
      source: 'Case:CM1',
      target: 'Decision:CM1#1',
      label: 'UR_CITED',
      weight: 3,
      attributes: { relType: 'UR_CITED', rate: 0.25 },
    });
    expect(graph.attributes).toEqual({ root: 'Case:CM1', truncated: false, depth: 1, limit: 200 });
  });
});

describe('the files', () => {
  const graph = toExportGraph(view);

  test('GEXF 1.3 reads back with its attributes, lists and parallel edges', () => {
    const text = writeGexf(graph);
    expect(text).toMatch(/<gexf version="1\.3"/);
    expect(text).toMatch(/<attribute id="codes" title="codes" type="liststring"\/>/);
    const parsed = gexf.parse(MultiDirectedGraph, text);
    expect(parsed.getNodeAttributes('Decision:CM1#1')).toMatchObject({
      label: '#1 MRI <lumbar> & "spine"',
      nodeLabel: 'Decision',
      codes: ['a|b', "it's"],
      ordinal: 1,
      x: 150.5,
      size: 12.5,
    });
    expect(parsed.getNodeAttributes('Case:CM1')).toMatchObject({ expedited: false, year: 2016 });
    expect(parsed.size).toBe(2);
    expect(parsed.getEdgeAttributes('UR_CITED:Case:CM1->Decision:CM1#1')).toMatchObject({
      label: 'UR_CITED',
      weight: 3,
      rate: 0.25,
    });
  });

  test('GraphML reads back, each attribute typed once for all its values', () => {
    const text = writeGraphml(graph);
    expect(text).toMatch(/attr\.name="expedited" attr\.type="boolean"/);
    expect(text).toMatch(/attr\.name="x" attr\.type="double"/); // 0 and 150.5
    expect(text).toMatch(/attr\.name="depth" attr\.type="int"/);
    const parsed = graphml.parse(MultiDirectedGraph, text);
    expect(parsed.getNodeAttributes('Decision:CM1#1')).toMatchObject({
      label: '#1 MRI <lumbar> & "spine"',
      codes: JSON.stringify(['a|b', "it's"]),
      x: 150.5,
      color: '#F79767',
    });
    expect(parsed.getNodeAttributes('Case:CM1')).toMatchObject({ expedited: false, x: 0 });
    expect(parsed.size).toBe(2);
    expect(parsed.getEdgeAttributes('UR_CITED:Case:CM1->Decision:CM1#1')).toMatchObject({
      label: 'UR_CITED',
      weight: 3,
    });
  });

  test('GraphML: mixed values fall back to the type that holds them all; XML-illegal characters go', () => {
    const text = writeGraphmlString({
      graph: {},
      nodes: [
        { id: 'a\u0001<&>', data: { n: 1, m: 1, big: 1 } },
        { id: 'b', data: { n: 'one', m: 2.5, big: 2 ** 40 } },
      ],
      edges: [],
    });
    expect(text).toMatch(/attr\.name="n" attr\.type="string"/);
    expect(text).toMatch(/attr\.name="m" attr\.type="double"/);
    expect(text).toMatch(/attr\.name="big" attr\.type="long"/);
    const parsed = graphml.parse(MultiDirectedGraph, text);
    expect(parsed.nodes()).toEqual(['a<&>', 'b']);
    expect(parsed.getNodeAttribute('b', 'big')).toBe(2 ** 40);
  });
});

import type { ImpactPairs } from '../../src/api/analytics/impact-pairs.service';
import { impactPairsQuery } from '../../src/api/analytics/impact-pairs.queries';
import { outcomeStats } from '../../src/api/analytics/statistics';
import { decisionScopeCypher } from '../../src/api/core/decision-scope.cypher';
import { CitedBy, Dimension, Outcome } from '../../src/api/core/enums';
import { OUTCOME_COLORS } from '../../src/api/graph-view/graph-view.shape';
import { rateColor, shapeImpactGraph } from '../../src/api/joins/impact-graph.shape';

describe('impactGraph pair counts', () => {
  it('counts category and subcategory pairs from the citation index, others from decisions', () => {
    const indexed = decisionScopeCypher({ subcategory: 'Chiropractic' });
    const bySub = impactPairsQuery(indexed, Dimension.SUBCATEGORY, CitedBy.REVIEWER);
    expect(bySub.name).toMatch(/\.indexed$/);
    expect(bySub.cypher).toContain('MATCH ()-[r:REVIEWER_CITED]->(g)');
    expect(bySub.cypher).not.toContain('(d:Decision)');
    const byService = impactPairsQuery(indexed, Dimension.SERVICE, CitedBy.CLAIMS_ADMINISTRATOR);
    expect(byService.name).not.toMatch(/\.indexed$/);
    expect(byService.cypher).toContain('[:UR_CITED]');
    expect(byService.cypher).toContain('$noneKey');
    // Values are parameters, never text.
    expect(byService.cypher).not.toContain('Chiropractic');
  });
});

describe('impactGraph as a picture', () => {
  const stats = (decisions: number, overturned: number) =>
    outcomeStats({ decisions, overturned, upheld: decisions - overturned }, 'OVERTURNED', 0.4);
  const data: ImpactPairs = {
    guidelines: [
      {
        key: 'MTUS|ACOEM|Low Back',
        guideline: {
          key: 'MTUS|ACOEM|Low Back',
          source: 'MTUS',
          document: 'ACOEM',
          section: 'Low Back',
        },
        ...stats(30, 20),
        outcome: Outcome.OVERTURNED,
      },
    ] as ImpactPairs['guidelines'],
    values: [{ key: 'Chiropractic manipulation', ...stats(50, 20), outcome: Outcome.OVERTURNED }],
    pairs: [
      { guideline: 'MTUS|ACOEM|Low Back', value: 'Chiropractic manipulation', stats: stats(12, 9) },
    ],
  };

  it('puts guidelines and values on two sides, one weighted edge per pair with its numbers', () => {
    const view = shapeImpactGraph(data, Dimension.SERVICE, Outcome.OVERTURNED);
    expect(view.nodes.map((n) => n.id)).toEqual([
      'Guideline:MTUS|ACOEM|Low Back',
      'SERVICE:Chiropractic manipulation',
    ]);
    expect(view.root).toBe('Guideline:MTUS|ACOEM|Low Back');
    expect(view.nodes[1].properties).toMatchObject({
      value: 'Chiropractic manipulation',
      graphId: 'Service:Chiropractic manipulation',
      decisions: 50,
    });
    const [edge] = view.edges;
    expect(edge).toMatchObject({ type: 'IMPACT', weight: 12, caption: '9/12' });
    expect(edge.properties).toMatchObject({
      decisions: 12,
      overturned: 9,
      rate: 0.75,
      lift: 0.75 / 0.4,
    });
    expect(view.nodes[0].size).toBeLessThan(view.nodes[1].size);
    expect(shapeImpactGraph(data, Dimension.SERVICE, Outcome.OVERTURNED)).toEqual(view);
  });

  it('colours from grey at rate 0 to the outcome colour at rate 1', () => {
    expect(rateColor(0, Outcome.OVERTURNED)).toBe('#C8CCD2');
    expect(rateColor(1, Outcome.OVERTURNED)).toBe(OUTCOME_COLORS.OVERTURNED);
    expect(rateColor(1, Outcome.UPHELD)).toBe(OUTCOME_COLORS.UPHELD);
    expect(rateColor(0.5, Outcome.UPHELD)).not.toBe(rateColor(0.5, Outcome.OVERTURNED));
  });
});

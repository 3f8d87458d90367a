import { startHarness, type ApiHarness, type GraphqlResponse, type Json } from './api-harness';

/** Every root query of the core API over HTTP, with filters and whole pagination walks. */

interface Edge<T> {
  cursor: string;
  node: T;
}
interface Conn<T> {
  totalCount: number;
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const CASE_FIELDS = `caseNumber outcome priority dateAssigned decisionDate injuryDate urDenialDate
  applicationReceived patientAge patientSex summary priorTreatments sourceFile sha256
  decisionCount overturnedCount diagnoses reviewer { key specialties { name } states { name } }`;
const DECISION_FIELDS = `id ordinal request originalRequest authorized outcome rationale decisionDate
  bodyRegions urCitedNoEvidence reviewerCitedNoEvidence
  details { bodyRegions laterality spinalLevels sessions perWeek weeks quantity strength retrospective dateOfService }
  case { caseNumber } service { name category subcategory drug }
  urCitations { pages edition text guideline { key source document section edition } }
  reviewerCitations { pages edition text guideline { key source document section } }
  dependsOn { id }`;

describe('GraphQL queries over HTTP', () => {
  let api: ApiHarness;
  let mine: Set<string>;
  /** Every case this file loaded, with its decisions, read once through the API. */
  let cases: {
    caseNumber: string;
    outcome: string;
    summary: string | null;
    decisionDate: string | null;
    reviewer: { key: string; specialties: { name: string }[]; states: { name: string }[] };
    decisions: {
      id: string;
      outcome: string;
      request: string;
      rationale: string;
      service: { name: string; category: string | null; subcategory: string | null } | null;
      reviewerCitations: { guideline: { key: string; document: string } }[];
      urCitations: { guideline: { key: string; document: string } }[];
    }[];
  }[];

  /** All pages of a connection field, `first` at a time. */
  async function walk<T>(
    field: string,
    args: string,
    selection: string,
    first: number,
    variables: Record<string, unknown> = {},
    declared = '',
  ): Promise<{ nodes: T[]; totals: number[]; pages: number }> {
    const nodes: T[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const query = `query Walk($first: Int, $after: String ${declared}) {
        ${field}(${args} first: $first, after: $after) {
          totalCount edges { cursor node { ${selection} } }
          pageInfo { hasNextPage hasPreviousPage endCursor }
        }
      }`;
      const result: GraphqlResponse<Record<string, Conn<T>>> = await api.gql(query, {
        ...variables,
        first,
        after,
      });
      expect(result.errors).toBeUndefined();
      const page: Conn<T> = result.data![field];
      pages++;
      totals.push(page.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(first);
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(500);
    }
    return { nodes, totals, pages };
  }

  beforeAll(async () => {
    api = await startHarness({ letters: 30, seed: 515151 });
    mine = new Set(api.caseNumbers);
    const result = await api.gql(
      `query Mine($numbers: [ID!]) {
        cases(filter: { caseNumbers: $numbers }, first: 100) {
          edges { node { ${CASE_FIELDS} decisions { ${DECISION_FIELDS} } } }
        }
      }`,
      { numbers: api.caseNumbers },
    );
    expect(result.errors).toBeUndefined();
    cases = result.data!.cases.edges.map((e: Edge<unknown>) => e.node);
  });

  afterAll(async () => {
    await api?.close();
  });

  test('the loaded cases read back whole, in case-number order', () => {
    expect(cases.map((c) => c.caseNumber)).toEqual([...api.caseNumbers].sort());
    for (const c of cases) {
      expect(c.decisions.length).toBeGreaterThan(0);
      expect(c.reviewer.key).toContain('|');
      c.decisions.forEach((d, i) => {
        expect(d.id).toBe(`${c.caseNumber}#${i + 1}`);
        expect(d.service?.name).toBeTruthy();
      });
    }
    const cited = cases.flatMap((c) => c.decisions).flatMap((d) => d.reviewerCitations);
    expect(cited.length).toBeGreaterThan(0);
  });

  test('case(caseNumber) finds one case and gives null for an unknown one', async () => {
    const [first] = cases;
    const result = await api.gql(
      `query One($n: ID!) { case(caseNumber: $n) { ${CASE_FIELDS} decisions { id } } missing: case(caseNumber: "CM00-0000000") { caseNumber } }`,
      { n: first.caseNumber },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.case.caseNumber).toBe(first.caseNumber);
    expect(result.data!.case.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.data!.case.decisions.map((d: { id: string }) => d.id)).toEqual(
      first.decisions.map((d) => d.id),
    );
    expect(result.data!.missing).toBeNull();
  });

  test('cases: walking every page with after gives each case once, totals equal', async () => {
    const { nodes, totals, pages } = await walk<{ caseNumber: string }>(
      'cases',
      'filter: { caseNumbers: $numbers },',
      'caseNumber',
      7,
      { numbers: api.caseNumbers },
      ', $numbers: [ID!]',
    );
    expect(pages).toBe(Math.ceil(30 / 7));
    expect(new Set(totals)).toEqual(new Set([30]));
    expect(nodes.map((n) => n.caseNumber)).toEqual(cases.map((c) => c.caseNumber));
  });

  test('cases: filters by outcome, reviewer specialty and decision dates', async () => {
    const outcome = cases[0].outcome;
    const byOutcome = await walk<{ caseNumber: string; outcome: string }>(
      'cases',
      'filter: { caseNumbers: $numbers, outcome: $outcome },',
      'caseNumber outcome',
      10,
      { numbers: api.caseNumbers, outcome },
      ', $numbers: [ID!], $outcome: CaseOutcome',
    );
    expect(byOutcome.nodes.map((n) => n.caseNumber)).toEqual(
      cases.filter((c) => c.outcome === outcome).map((c) => c.caseNumber),
    );

    const specialty = cases[0].reviewer.specialties[0].name;
    const bySpecialty = await api.gql(
      `query S($numbers: [ID!], $s: String) { cases(filter: { caseNumbers: $numbers, specialty: $s }, first: 100) { totalCount edges { node { caseNumber } } } }`,
      { numbers: api.caseNumbers, s: specialty },
    );
    const expected = cases.filter((c) => c.reviewer.specialties.some((s) => s.name === specialty));
    expect(bySpecialty.data!.cases.totalCount).toBe(expected.length);

    const dates = cases
      .map((c) => c.decisionDate)
      .filter((d): d is string => d !== null)
      .sort();
    const from = dates[Math.floor(dates.length / 3)];
    const to = dates[Math.floor((2 * dates.length) / 3)];
    const byDate = await api.gql(
      `query D($numbers: [ID!], $from: Date, $to: Date) { cases(filter: { caseNumbers: $numbers, decidedFrom: $from, decidedTo: $to }, first: 100) { totalCount edges { node { decisionDate } } } }`,
      { numbers: api.caseNumbers, from, to },
    );
    expect(byDate.errors).toBeUndefined();
    expect(byDate.data!.cases.totalCount).toBe(dates.filter((d) => d >= from && d <= to).length);
  });

  test('decisions: all pages of a filter, totals equal, and this file’s decisions all there', async () => {
    const { nodes, totals } = await walk<{
      id: string;
      outcome: string;
      case: { caseNumber: string };
    }>('decisions', 'filter: { outcome: UPHELD },', 'id outcome case { caseNumber }', 25);
    expect(new Set(totals).size).toBe(1);
    expect(nodes).toHaveLength(totals[0]);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(nodes.every((n) => n.outcome === 'UPHELD')).toBe(true);
    const expected = cases.flatMap((c) => c.decisions).filter((d) => d.outcome === 'UPHELD');
    const found = nodes.filter((n) => mine.has(n.case.caseNumber)).map((n) => n.id);
    expect(found.sort()).toEqual(expected.map((d) => d.id).sort());
  });

  test('decisions: by case number, and by service category', async () => {
    const target = cases[1];
    const result = await api.gql(
      `query D($n: ID) { decisions(filter: { caseNumber: $n }, first: 100) { totalCount edges { node { id } } } }`,
      { n: target.caseNumber },
    );
    expect(result.data!.decisions.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual(
      target.decisions.map((d) => d.id),
    );

    const category = cases.flatMap((c) => c.decisions).find((d) => d.service?.category)!.service!
      .category!;
    const byCategory = await walk<{ id: string; service: { category: string } }>(
      'decisions',
      'filter: { category: $category },',
      'id service { category }',
      30,
      { category },
      ', $category: String',
    );
    expect(byCategory.nodes.every((n) => n.service.category === category)).toBe(true);
    const expected = cases
      .flatMap((c) => c.decisions)
      .filter((d) => d.service?.category === category)
      .map((d) => d.id);
    expect(
      byCategory.nodes
        .map((n) => n.id)
        .filter((id) => mine.has(id.split('#')[0]))
        .sort(),
    ).toEqual(expected.sort());
  });

  test('decision(id) and its dependency navigation', async () => {
    const d = cases[0].decisions[0];
    const result = await api.gql(`query D($id: ID!) { decision(id: $id) { ${DECISION_FIELDS} } }`, {
      id: d.id,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.decision.id).toBe(d.id);
    expect(result.data!.decision.case.caseNumber).toBe(cases[0].caseNumber);
  });

  test('services(category, subcategory) and a service’s decisions walked page by page', async () => {
    const service = cases.flatMap((c) => c.decisions).find((d) => d.service?.subcategory)!.service!;
    const result = await api.gql(
      `query S($c: String, $s: String) { services(category: $c, subcategory: $s) { name category subcategory } all: services { name } }`,
      { c: service.category, s: service.subcategory },
    );
    expect(result.errors).toBeUndefined();
    const names = result.data!.services.map((s: { name: string }) => s.name);
    expect(names).toContain(service.name);
    for (const s of result.data!.services) {
      expect(s.category).toBe(service.category);
      expect(s.subcategory).toBe(service.subcategory);
    }
    expect(result.data!.all.length).toBeGreaterThanOrEqual(names.length);

    const nodes: string[] = [];
    let after: string | null = null;
    let total = -1;
    do {
      const page: Json = await api.gql(
        `query P($n: ID!, $after: String) { service(name: $n) { decisions(first: 2, after: $after) { totalCount edges { node { id service { name } } } pageInfo { hasNextPage endCursor } } } }`,
        { n: service.name, after },
      );
      const conn = page.data.service.decisions;
      total = conn.totalCount;
      nodes.push(...conn.edges.map((e: Json) => e.node.id));
      expect(conn.edges.every((e: Json) => e.node.service.name === service.name)).toBe(true);
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    } while (after !== null);
    expect(nodes).toHaveLength(total);
    expect(new Set(nodes).size).toBe(total);
  });

  test('guidelines(source, document) and the decisions citing one, by party', async () => {
    const cited = cases.flatMap((c) =>
      c.decisions.map((d) => ({ d, citations: d.reviewerCitations })),
    );
    const { d, citations } = cited.find((x) => x.citations.length > 0)!;
    const guideline = citations[0].guideline;
    const result = await api.gql(
      `query G($doc: String) {
        mtus: guidelines(source: MTUS) { source }
        byDoc: guidelines(document: $doc) { key document decisions(citedBy: REVIEWER, first: 100) { totalCount edges { node { id reviewerCitations { guideline { key } } } } } }
      }`,
      { doc: guideline.document },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.mtus.every((g: { source: string }) => g.source === 'MTUS')).toBe(true);
    const byDoc = result.data!.byDoc as Json[];
    expect(byDoc.every((g) => g.document === guideline.document)).toBe(true);
    const mineG = byDoc.find((g) => g.key === guideline.key);
    const ids = mineG.decisions.edges.map((e: Json) => e.node.id);
    expect(ids).toContain(d.id);
    for (const edge of mineG.decisions.edges) {
      expect(edge.node.reviewerCitations.map((c: Json) => c.guideline.key)).toContain(
        guideline.key,
      );
    }
    const either = await api.gql(
      `query G($k: ID!) { guideline(key: $k) { decisions { totalCount } reviewer: decisions(citedBy: REVIEWER) { totalCount } ur: decisions(citedBy: CLAIMS_ADMINISTRATOR) { totalCount } } }`,
      { k: guideline.key },
    );
    const g = either.data!.guideline;
    expect(g.decisions.totalCount).toBeGreaterThanOrEqual(
      Math.max(g.reviewer.totalCount, g.ur.totalCount),
    );
    expect(g.decisions.totalCount).toBeLessThanOrEqual(g.reviewer.totalCount + g.ur.totalCount);
  });

  test('reviewers, specialties and navigation both ways', async () => {
    const result = await api.gql(`{
      reviewers { key specialties { name } states { name } cases(first: 100) { totalCount edges { node { caseNumber reviewer { key } } } } }
      specialties { name reviewers { key specialties { name } } }
    }`);
    expect(result.errors).toBeUndefined();
    const reviewers = result.data!.reviewers as Json[];
    const keys = new Set(reviewers.map((r) => r.key));
    for (const c of cases) expect(keys.has(c.reviewer.key)).toBe(true);
    for (const r of reviewers) {
      for (const e of r.cases.edges) expect(e.node.reviewer.key).toBe(r.key);
      if (r.cases.totalCount <= 100) expect(r.cases.edges).toHaveLength(r.cases.totalCount);
    }
    const own = cases[0].reviewer.key;
    const ownCases = cases.filter((c) => c.reviewer.key === own).map((c) => c.caseNumber);
    const listed = reviewers
      .find((r) => r.key === own)
      .cases.edges.map((e: Json) => e.node.caseNumber);
    expect(listed.filter((n: string) => mine.has(n))).toEqual(ownCases);

    for (const s of result.data!.specialties as Json[]) {
      expect(s.reviewers.length).toBeGreaterThan(0);
      for (const r of s.reviewers) expect(r.specialties.map((x: Json) => x.name)).toContain(s.name);
    }
    const single = await api.gql(`query R($k: ID!) { reviewer(key: $k) { key } }`, { k: own });
    expect(single.data!.reviewer.key).toBe(own);
  });

  test('search finds requests and summaries, marks the matched words, and takes Json text safely', async () => {
    const request = cases.flatMap((c) => c.decisions).find((d) => /\bMRI\b/.test(d.request));
    const word = request ? 'MRI' : cases[0].decisions[0].request.split(/\s+/)[0];
    const result = await api.gql(
      `query S($t: String!) { search(text: $t, first: 50) { kind score field highlight case { caseNumber } decision { id request } } }`,
      { t: word },
    );
    expect(result.errors).toBeUndefined();
    const hits = result.data!.search as Json[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(50);
    for (let i = 1; i < hits.length; i++)
      expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    for (const hit of hits) {
      expect(['CASE', 'DECISION']).toContain(hit.kind);
      expect(hit.highlight.toLowerCase()).toContain(`<mark>${word.toLowerCase()}</mark>`);
      if (hit.kind === 'DECISION') {
        expect(hit.decision.id.startsWith(`${hit.case.caseNumber}#`)).toBe(true);
        expect(['request', 'rationale']).toContain(hit.field);
      } else {
        expect(hit.decision).toBeNull();
        expect(hit.field).toBe('summary');
      }
    }

    // A word of a summary that no decision of this file uses finds that case's summary.
    const decisionText = cases
      .flatMap((c) => c.decisions)
      .map((d) => `${d.request} ${d.rationale}`)
      .join(' ')
      .toLowerCase();
    const withSummary = cases.find((c) => c.summary)!;
    const summaryWord = withSummary
      .summary!.toLowerCase()
      .match(/[a-z]{6,}/g)!
      .find((w) => !new RegExp(`\\b${w}\\b`).test(decisionText));
    expect(summaryWord).toBeDefined();
    const summaries = await api.gql(
      `query S($t: String!) { search(text: $t, first: 100) { kind field case { caseNumber } } }`,
      {
        t: summaryWord,
      },
    );
    const caseHits = summaries.data!.search.filter((h: Json) => h.kind === 'CASE');
    expect(caseHits.map((h: Json) => h.case.caseNumber)).toContain(withSummary.caseNumber);
    expect(caseHits.every((h: Json) => h.field === 'summary')).toBe(true);

    // Lucene syntax in user text is only words to us: no parse errors, no injection.
    const odd = await api.gql(`query S($t: String!) { search(text: $t) { kind } }`, {
      t: 'MRI) AND (title:* OR "x~ [a TO z] \\ / ^2 && || !',
    });
    expect(odd.errors).toBeUndefined();

    const empty = await api.gql(`{ search(text: "*** ???") { kind } }`);
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('cursors are checked: garbage and another list’s cursor are BAD_USER_INPUT', async () => {
    const caseCursor = (await api.gql(`{ cases(first: 1) { edges { cursor } } }`)).data!.cases
      .edges[0].cursor;
    const garbage = await api.gql(`{ cases(after: "not-a-cursor") { totalCount } }`);
    expect(garbage.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const crossed = await api.gql(`query C($a: String) { decisions(after: $a) { totalCount } }`, {
      a: caseCursor,
    });
    expect(crossed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

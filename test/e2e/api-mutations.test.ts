import { generateLetter } from '../../tools/synthetic/generate-letter';
import { createRng, letterSeed } from '../../tools/synthetic/rng';
import { startApiServer, type ApiServer } from '../../src/api/http/http-server';
import { silentLogger } from '../../src/api/http/logger';
import {
  adminHeaders,
  startHarness,
  synthCaseNumber,
  type ApiHarness,
  type Json,
} from './api-harness';

/** ingestDetermination and deleteCase: refused without the admin token, effective with it. */

// Far above the indexes other test files generate, so these case numbers are this file's own.
const INDEX = 9_123_456;
const CASE = synthCaseNumber(INDEX);
const letterText = (seed: number) => generateLetter(createRng(letterSeed(seed, INDEX)), INDEX).text;

const INGEST = `mutation Ingest($text: String!, $file: String) {
  ingestDetermination(text: $text, fileName: $file) {
    caseNumber sha256 sourceFile decisionCount decisions { id service { name } reviewerCitations { guideline { key } } }
  }
}`;
const DELETE = `mutation Delete($n: ID!) { deleteCase(caseNumber: $n) }`;
const READ = `query Read($n: ID!, $d: ID!) { case(caseNumber: $n) { caseNumber sha256 } decision(id: $d) { id } }`;

describe('GraphQL mutations over HTTP', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startHarness({ letters: 0, seed: 0 });
    api.track(CASE);
  });

  afterAll(async () => {
    await api?.close();
  });

  const read = async () => (await api.gql(READ, { n: CASE, d: `${CASE}#1` })).data!;

  test('ingestDetermination without the token is UNAUTHENTICATED and writes nothing', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: adminHeaders.authorization.replace('Bearer ', 'Basic ') },
      { authorization: `Bearer ${api.config.adminToken}x` },
    ];
    for (const headers of attempts) {
      const result = await api.gql(INGEST, { text: letterText(1) }, headers);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data).toBeNull();
    }
    expect((await read()).case).toBeNull();
  });

  test('ingestDetermination with the token parses, writes and returns the case', async () => {
    const result = await api.gql(INGEST, { text: letterText(1), file: 'upload.txt' }, adminHeaders);
    expect(result.errors).toBeUndefined();
    const c = result.data!.ingestDetermination;
    expect(c.caseNumber).toBe(CASE);
    expect(c.sourceFile).toBe('upload.txt');
    expect(c.decisions.length).toBe(c.decisionCount);
    expect(c.decisions[0].id).toBe(`${CASE}#1`);
    expect(c.decisions.every((d: Json) => d.service?.name)).toBe(true);
    const after = await read();
    expect(after.case.sha256).toBe(c.sha256);
    expect(after.decision.id).toBe(`${CASE}#1`);

    // The same text again changes nothing; a changed letter replaces the case.
    const again = await api.gql(INGEST, { text: letterText(1), file: 'upload.txt' }, adminHeaders);
    expect(again.data!.ingestDetermination.sha256).toBe(c.sha256);
    const changed = await api.gql(INGEST, { text: letterText(2) }, adminHeaders);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.ingestDetermination.caseNumber).toBe(CASE);
    expect(changed.data!.ingestDetermination.sha256).not.toBe(c.sha256);
  });

  test('a text that is not a letter is BAD_USER_INPUT with the parser’s code', async () => {
    const result = await api.gql(
      INGEST,
      { text: 'Dear Sir, this is not an IMR letter.' },
      adminHeaders,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.parseCode).toBe('NOT_A_DETERMINATION');
  });

  test('deleteCase: refused without the token; with it the case and its decisions go', async () => {
    const refused = await api.gql(DELETE, { n: CASE });
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await read()).case).not.toBeNull();

    const done = await api.gql(DELETE, { n: CASE }, adminHeaders);
    expect(done.errors).toBeUndefined();
    expect(done.data!.deleteCase).toBe(true);
    const gone = await read();
    expect(gone.case).toBeNull();
    expect(gone.decision).toBeNull();

    const again = await api.gql(DELETE, { n: CASE }, adminHeaders);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('deleteCase removes shared nodes no other case uses', async () => {
    const ingested = await api.gql(INGEST, { text: letterText(3) }, adminHeaders);
    const keys: string[] = ingested.data!.ingestDetermination.decisions.flatMap((d: Json) =>
      d.reviewerCitations.map((c: Json) => c.guideline.key),
    );
    const count = async () =>
      (await api.gql(`{ guidelines { key decisions { totalCount } } }`)).data!.guidelines.filter(
        (g: Json) => keys.includes(g.key),
      );
    expect((await count()).length).toBe(new Set(keys).size);
    await api.gql(DELETE, { n: CASE }, adminHeaders);
    // Whatever is still listed is cited by some other case.
    for (const g of await count()) expect(g.decisions.totalCount).toBeGreaterThan(0);
  });

  describe('a server with no admin token configured', () => {
    let open: ApiServer;
    beforeAll(async () => {
      open = await startApiServer({ ...api.config, adminToken: null }, api.gateway, {
        port: 0,
        host: '127.0.0.1',
        log: silentLogger,
      });
    });
    afterAll(async () => {
      await open?.close();
    });

    test('refuses every mutation, whatever the header', async () => {
      for (const authorization of ['Bearer ', 'Bearer null', adminHeaders.authorization]) {
        const response = await fetch(open.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: DELETE, variables: { n: CASE } }),
        });
        const body = (await response.json()) as Json;
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });
  });
});

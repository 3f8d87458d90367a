import { runInNewContext } from 'node:vm';
import { PLAYGROUND_CLIENT_JS } from '../../src/api/http/playground-page';

/**
 * The playground's start-up script as the browser runs it, with GraphiQL, React and the page
 * replaced by recorders: what it hands GraphiQL, and what its fetcher sends.
 */
interface Params {
  query: string;
  operationName?: string | null;
}
type Fetcher = (params: Params, options?: unknown) => unknown;

function startClient(
  config: object,
  search = '',
): { props: Record<string, unknown>; sent: Params[] } {
  const sent: Params[] = [];
  let props: Record<string, unknown> = {};
  const GraphiQL = Object.assign(() => null, {
    createFetcher: () => (params: Params) => sent.push(params),
    Logo: () => null,
  });
  runInNewContext(PLAYGROUND_CLIENT_JS, {
    document: {
      getElementById: (id: string) =>
        id === 'playground-config' ? { textContent: JSON.stringify(config) } : {},
    },
    GraphiQL,
    React: {
      createElement: (type: unknown, elementProps: Record<string, unknown> | null) => {
        if (type === GraphiQL) props = elementProps ?? {};
        return {};
      },
    },
    ReactDOM: { createRoot: () => ({ render: () => undefined }) },
    URLSearchParams,
    window: { location: { search } },
  });
  return { props, sent };
}

describe('the playground start-up script', () => {
  const tabs = [{ query: 'query A { cases { totalCount } }\n' }];
  const { props, sent } = startClient({ endpoint: '/graphql', logo: 'imr-graph', tabs });
  const fetcher = props.fetcher as Fetcher;

  beforeEach(() => sent.splice(0));

  test('opens GraphiQL on the configured tabs', () => {
    expect(props.defaultTabs).toEqual(tabs);
  });

  test('opens no extra query without ?query=', () => {
    expect(props.query).toBeUndefined();
    expect(props.variables).toBeUndefined();
  });

  test("the explorer's links open their question: ?query= and ?variables= become the editor's", () => {
    const query = 'query Q($id: ID!) { graph(id: $id) { root } }';
    const variables = '{"id":"Service:MRI"}';
    const search = `?${new URLSearchParams({ query, variables }).toString()}`;
    const opened = startClient({ endpoint: '/graphql', logo: 'imr-graph', tabs }, search).props;
    expect([opened.query, opened.variables]).toEqual([query, variables]);
    expect(opened.defaultTabs).toEqual(tabs);
    // Variables without a query are not applied to an example tab.
    const stray = startClient(
      { endpoint: '/graphql', logo: 'imr-graph', tabs },
      '?variables=%7B%7D',
    );
    expect(stray.props.variables).toBeUndefined();
  });

  test("asks for the schema's description, which the documentation pane opens on", () => {
    expect(props.schemaDescription).toBe(true);
    expect(props.inputValueDeprecation).toBe(true);
  });

  test('sends the operation name when the query defines it', () => {
    const query = '# the A tab\nquery A { cases { totalCount } }\nquery B { __typename }';
    fetcher({ query, operationName: 'B' });
    expect(sent).toEqual([{ query, operationName: 'B' }]);
  });

  test("drops a stale name: a query typed over an example and run at once keeps the tab's", () => {
    const query = '{ cases { totalCount } }';
    fetcher({ query, operationName: 'ChiroOverturns' });
    expect(sent).toEqual([{ query }]);
  });

  test('a name only in a comment, or a longer name, is not a definition', () => {
    fetcher({ query: '# query A\n{ a }', operationName: 'A' });
    fetcher({ query: 'query AB { a }', operationName: 'A' });
    fetcher({ query: 'mutation  A($x: ID) { a }', operationName: 'A' });
    expect(sent.map((params) => params.operationName)).toEqual([undefined, undefined, 'A']);
  });
});

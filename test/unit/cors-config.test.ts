import { ConfigError, loadConfig } from '../../src/config';

/** IMR_GRAPH_CORS_ORIGINS as loadConfig reads it: origins, `*`, or same origin only. */
const originsOf = (value: string | undefined) =>
  loadConfig({ IMR_GRAPH_CORS_ORIGINS: value }, false).cors.origins;

describe('IMR_GRAPH_CORS_ORIGINS', () => {
  test('unset or empty: only the API’s own origin', () => {
    expect(originsOf(undefined)).toEqual([]);
    expect(originsOf('  ')).toEqual([]);
  });

  test('* allows any origin', () => {
    expect(originsOf(' * ')).toBe('*');
  });

  test('a comma-separated list of origins, spaces and a trailing slash forgiven', () => {
    expect(originsOf('https://viz.example.org, http://localhost:5173/')).toEqual([
      'https://viz.example.org',
      'http://localhost:5173',
    ]);
  });

  test.each([
    'viz.example.org',
    'https://viz.example.org/app',
    'ftp://viz.example.org',
    'https://viz.example.org,,http://localhost:5173',
    'https://*.example.org',
  ])('%s is refused at startup, naming the variable', (value) => {
    expect(() => originsOf(value)).toThrow(ConfigError);
    expect(() => originsOf(value)).toThrow(/^IMR_GRAPH_CORS_ORIGINS: '.*' is not an origin/);
  });
});

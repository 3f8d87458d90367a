/**
 * The pieces of what an operator sees that need no server: the log formats (JSON lines with
 * the request's fields; plain lines for a terminal; chosen by IMR_GRAPH_LOG_FORMAT or the
 * terminal), the bound on operation-name labels, and the loader's summary as counters.
 */
import { ConfigError, loadConfig } from '../../src/config';
import { createLogger } from '../../src/api/http/logger';
import { metrics, metricsRegistry, operationLabel, recordLoad } from '../../src/api/http/metrics';

const request = {
  operation: 'CaseLookup',
  code: 'OK',
  status: 200,
  durationMs: 12.5,
  statements: 2,
  cacheHit: false,
};

test('json: every line is a JSON object with time, level and msg; a request adds its fields', () => {
  const lines: string[] = [];
  const log = createLogger('info', 'json', (line) => lines.push(line));
  log.info('listening');
  log.error('poll failed');
  log.request?.(request);
  const entries = lines.map((line) => JSON.parse(line));
  expect(entries).toEqual([
    { time: expect.any(String), level: 'info', msg: 'listening' },
    { time: expect.any(String), level: 'error', msg: 'poll failed' },
    { time: expect.any(String), level: 'info', msg: 'request', ...request },
  ]);
  expect(new Date(entries[0].time).toISOString()).toBe(entries[0].time);
});

test('pretty: plain lines, a request as one readable line', () => {
  const lines: string[] = [];
  const log = createLogger('info', 'pretty', (line) => lines.push(line));
  log.info('listening');
  log.request?.({ ...request, cacheHit: true, statements: 1 });
  expect(lines).toEqual(['listening', 'CaseLookup OK 200 12.5 ms, 1 statement, from cache']);
});

test('silent logs nothing', () => {
  const lines: string[] = [];
  const log = createLogger('silent', 'json', (line) => lines.push(line));
  log.info('x');
  log.request?.(request);
  expect(lines).toEqual([]);
});

test('IMR_GRAPH_LOG_FORMAT chooses the format; unset, a terminal gets pretty and a pipe json', () => {
  expect(loadConfig({ IMR_GRAPH_LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
  expect(loadConfig({ IMR_GRAPH_LOG_FORMAT: 'pretty' }, false).logFormat).toBe('pretty');
  expect(loadConfig({}, true).logFormat).toBe('pretty');
  expect(loadConfig({}, false).logFormat).toBe('json');
  expect(() => loadConfig({ IMR_GRAPH_LOG_FORMAT: 'xml' })).toThrow(ConfigError);
});

test('operation names become labels only when valid, and only the first 200 of them', () => {
  expect(operationLabel(undefined)).toBe('anonymous');
  expect(operationLabel('Case Lookup')).toBe('other');
  expect(operationLabel('x'.repeat(65))).toBe('other');
  for (let i = 0; i < 300; i++) operationLabel(`Op${i}`);
  expect(operationLabel('Op0')).toBe('Op0');
  expect(operationLabel('Op250')).toBe('other');
});

test('a load summary counts letters by outcome and failures by code', async () => {
  recordLoad({
    loaded: 3,
    replaced: 1,
    unchanged: 0,
    failed: 2,
    failures: [{ code: 'NOT_FOUND' }, { code: 'UNREADABLE' }],
  });
  const text = await metricsRegistry.metrics();
  expect(text).toMatch(/^imr_graph_loader_letters_total\{outcome="loaded"\} 3$/m);
  expect(text).toMatch(/^imr_graph_loader_letters_total\{outcome="failed"\} 2$/m);
  expect(text).toMatch(/^imr_graph_loader_failures_total\{code="NOT_FOUND"\} 1$/m);
  expect(text).not.toMatch(/outcome="unchanged"/);
  metrics.refusals.inc({ reason: 'deadline' });
  expect(await metricsRegistry.metrics()).toMatch(
    /^imr_graph_refusals_total\{reason="deadline"\} 1$/m,
  );
});

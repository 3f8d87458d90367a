/** The parent side of bench-server.ts: start a server process, ask it things, stop it. */
import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import autocannon from 'autocannon';
import type { ParentMessage, ServerMessage, ServerSide } from './bench-server';
import type { GraphqlRequest } from './questions';

export interface ServerProcess {
  side: ServerSide;
  url: string;
  pid: number;
  /** Cypher statements the server has run so far. */
  statements(): Promise<number>;
  /** The server process's memory now (RSS, heap). */
  memory(): Promise<NodeJS.MemoryUsage>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  uri: string;
  password: string;
  /** Write a V8 CPU profile of the server here when it stops (node --cpu-prof). */
  cpuProfileDir?: string;
  /** Node flags for the server process (the soak runs it with the flags `imr-graph` uses). */
  nodeFlags?: string[];
  /** More environment for the server (e.g. IMR_GRAPH_RESPONSE_CACHE_MB). */
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
}

export async function spawnServer(side: ServerSide, options: SpawnOptions): Promise<ServerProcess> {
  const script = path.join(__dirname, 'bench-server.js');
  const execArgv = options.cpuProfileDir
    ? [
        '--cpu-prof',
        '--cpu-prof-dir',
        options.cpuProfileDir,
        '--cpu-prof-name',
        `${side}-${Date.now()}.cpuprofile`,
      ]
    : [];
  const child = fork(script, [side], {
    env: {
      ...process.env,
      ...options.env,
      BENCH_NEO4J_URI: options.uri,
      BENCH_NEO4J_PASSWORD: options.password,
    },
    execArgv: [...execArgv, ...(options.nodeFlags ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${side} server did not start in time`)),
      options.startTimeoutMs ?? 120_000,
    );
    child.once('exit', (code) =>
      reject(new Error(`${side} server exited (${code}) before it was ready`)),
    );
    child.on('message', (message: ServerMessage) => {
      if ('ready' in message) {
        clearTimeout(timer);
        resolve(message.url);
      } else if ('error' in message) {
        clearTimeout(timer);
        reject(new Error(`${side} server failed to start: ${message.error}`));
      }
    });
  });
  return {
    side,
    url,
    pid: child.pid ?? -1,
    statements: () => ask(child, 'count', (m) => ('count' in m ? m.count : undefined)),
    memory: () => ask(child, 'memory', (m) => ('memory' in m ? m.memory : undefined)),
    stop: () => stopChild(child),
  };
}

function ask<T>(
  child: ChildProcess,
  op: 'count' | 'memory',
  answer: (message: ServerMessage) => T | undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ServerMessage) => {
      const value = answer(message);
      if (value !== undefined) {
        child.off('message', onMessage);
        resolve(value);
      }
    };
    child.on('message', onMessage);
    if (!child.send({ op } satisfies ParentMessage)) reject(new Error('server gone'));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ op: 'stop' } satisfies ParentMessage);
  });
}

export interface GraphqlAnswer {
  data: unknown;
  errors?: { message: string }[];
}

export async function postGraphql(url: string, request: GraphqlRequest): Promise<GraphqlAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as GraphqlAnswer;
  if (!response.ok && !body.errors) throw new Error(`HTTP ${response.status} from ${url}`);
  return body;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  /** Latencies in ms. */
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** One autocannon run: the same POST over and over on `connections` keep-alive connections. */
export async function loadTest(
  url: string,
  request: GraphqlRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    connections,
    duration: seconds,
    timeout: 60,
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

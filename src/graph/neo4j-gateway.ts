import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import pLimit from 'p-limit';
import { type NamedQuery, recordToRow, type Row } from './named-query';

/** Attempts of a read that fails with a transient error, and the wait before the next one. */
const READ_ATTEMPTS = 3;
const READ_RETRY_DELAY_MS = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Neo4j refused the user name or password: no retry helps, the configuration must change. */
export class DatabaseAuthError extends DatabaseUnavailableError {
  override name = 'DatabaseAuthError';
}

/**
 * Neo4j stopped a transaction that ran past its timeout (or was terminated), and rolled it
 * back. `mode` tells whether it was a read (the caller may ask for less) or a write (nothing
 * changed; it may be retried).
 */
export class StatementTimeoutError extends Error {
  override name = 'StatementTimeoutError';
  constructor(
    readonly mode: 'READ' | 'WRITE',
    /** Neo4j's code, kept for callers that test it. */
    readonly code: string,
  ) {
    super(`a ${mode.toLowerCase()} transaction was stopped by Neo4j and rolled back (${code})`);
  }
}

/**
 * Bounds on what one caller (an API request) does with the database; see forRequest.
 * `signal` aborts at the caller's deadline: work waiting for a session or for Neo4j rejects
 * at once with the signal's reason, and its session is closed.
 */
export interface RequestScope {
  signal: AbortSignal;
  /** Sessions held at once; more wait their turn. */
  maxSessions: number;
}

type Limit = ReturnType<typeof pLimit>;

/** What the gateway and its request views share: the driver and the counters. */
interface SharedState {
  driver: Driver;
  statements: number;
  lastBookmark: string | null;
  writesCommitted: number;
}

/** Longest wait for a pooled connection: a frozen database must not hold callers for long. */
const CONNECTION_ACQUISITION_TIMEOUT_MS = 10_000;
/** Longest wait to open a connection (TCP and Bolt handshake). */
const CONNECTION_TIMEOUT_MS = 5_000;

export interface GatewayOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Every transaction gets this timeout; the server cancels it past that. */
  transactionTimeoutMs: number;
}

/**
 * The one way to Neo4j. Reads route to READ (followers in a cluster), writes to the leader;
 * sessions close in `finally`; driver values become plain JS once; every statement is counted
 * so tests can prove a request's statement count is bounded by its shape.
 */
export class Neo4jGateway {
  private readonly shared: SharedState;
  private readonly scope: { signal: AbortSignal; limit: Limit } | null;
  /** Statements run through this view: a request's own count (the shared one is global). */
  private ownStatements = 0;

  constructor(
    private readonly options: GatewayOptions,
    view?: { shared: SharedState; scope: RequestScope },
  ) {
    this.shared = view?.shared ?? {
      driver: neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
        disableLosslessIntegers: true,
        maxConnectionPoolSize: 64,
        connectionAcquisitionTimeout: CONNECTION_ACQUISITION_TIMEOUT_MS,
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        logging: { level: 'error', logger: () => undefined },
      }),
      statements: 0,
      lastBookmark: null,
      writesCommitted: 0,
    };
    this.scope = view ? { signal: view.scope.signal, limit: pLimit(view.scope.maxSessions) } : null;
  }

  get driver(): Driver {
    return this.shared.driver;
  }

  /**
   * A view of this gateway for one request: the same driver and counters, at most
   * `scope.maxSessions` sessions at once (so one request with thousands of fields never holds
   * the whole pool while other clients wait), and nothing left waiting past `scope.signal`.
   */
  forRequest(scope: RequestScope): Neo4jGateway {
    return new Neo4jGateway(this.options, { shared: this.shared, scope });
  }

  /** The Bolt address this gateway talks to. */
  get uri(): string {
    return this.options.uri;
  }

  /** Statements run so far (monotonic); tests diff it around a request. */
  get statementCount(): number {
    return this.shared.statements;
  }

  /** Statements run through this view only (a request's, from forRequest), retries included. */
  get viewStatementCount(): number {
    return this.ownStatements;
  }

  private countStatement(): void {
    this.shared.statements++;
    this.ownStatements++;
  }

  /**
   * The graph's revision: the Bolt bookmark of the latest transaction the database had
   * committed when refreshRevision last asked or this gateway last wrote (opaque, compared
   * only for equality; any write by any client changes it), with the count of this gateway's
   * own committed writes, so that those count at once. Null until the first of either.
   */
  get revision(): string | null {
    const { lastBookmark, writesCommitted } = this.shared;
    return lastBookmark === null ? null : `${writesCommitted} ${lastBookmark}`;
  }

  /** Asks the database for its revision (a trivial read, not counted as a statement). */
  async refreshRevision(): Promise<void> {
    await this.withSession('READ', async (session) => {
      await session.run('RETURN 1', {}, { timeout: this.options.transactionTimeoutMs });
      this.noteBookmark(session);
    });
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      if (isAuthFailure(error)) throw this.authError();
      throw new DatabaseUnavailableError(
        `Neo4j at ${this.options.uri} is not reachable: ${(error as Error).message}`,
      );
    }
  }

  /**
   * A read is one statement, so it runs as an auto-commit transaction: one round trip (RUN
   * and PULL) where a managed transaction also needs BEGIN and a second round trip for
   * COMMIT (measured: about 60% more case lookups per second at 16 connections). Transient
   * failures (the driver's `isRetryableError`) are retried here a few times, as executeRead
   * would.
   */
  async read<P extends object, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    return this.withSession('READ', async (session) => {
      for (let attempt = 1; ; attempt++) {
        this.countStatement();
        try {
          const result = await session.run(
            query.cypher,
            params as Record<string, unknown>,
            this.txConfig(query.name),
          );
          return result.records.map((record) => query.map(recordToRow(record)));
        } catch (error) {
          if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(error)) throw error;
          await sleep(READ_RETRY_DELAY_MS * attempt);
        }
      }
    });
  }

  async write<P extends object, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
    return this.withSession('WRITE', async (session) => {
      const rows = await session.executeWrite(
        (tx) => this.runIn(tx, query, params),
        this.txConfig(query.name),
      );
      this.noteWrite(session);
      return rows;
    });
  }

  /** Several statements in one write transaction, retried as a whole on transient errors. */
  async writeTransaction<T>(
    work: (
      run: <P extends object, R>(query: NamedQuery<P, R>, params: P) => Promise<R[]>,
    ) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    return this.withSession('WRITE', async (session) => {
      const result = await session.executeWrite(
        (tx) => work((query, params) => this.runIn(tx, query, params)),
        {
          timeout: timeoutMs ?? this.options.transactionTimeoutMs,
          metadata: { app: 'imr-graph' },
        },
      );
      this.noteWrite(session);
      return result;
    });
  }

  /**
   * A statement in an auto-commit transaction of its own: schema statements (they cannot
   * share a transaction with writes) and `CALL { … } IN TRANSACTIONS` backfills. Fixed text;
   * parameters only as `params`.
   */
  async runAutoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.withSession('WRITE', async (session) => {
      this.countStatement();
      const result = await session.run(cypher, params);
      this.noteWrite(session);
      return result.records.map(recordToRow);
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * A committed write changes the revision at once; its bookmark is the database's newest, so
   * the next poll finds the same one instead of changing the revision a second time.
   */
  private noteWrite(session: Session): void {
    this.shared.writesCommitted++;
    this.noteBookmark(session);
  }

  private noteBookmark(session: Session): void {
    const bookmarks = session.lastBookmarks();
    if (bookmarks.length > 0) this.shared.lastBookmark = bookmarks.join(' ');
  }

  private async runIn<P extends object, R>(
    tx: ManagedTransaction,
    query: NamedQuery<P, R>,
    params: P,
  ): Promise<R[]> {
    this.countStatement();
    const result = await tx.run(query.cypher, params as Record<string, unknown>);
    return result.records.map((record) => query.map(recordToRow(record)));
  }

  private txConfig(name: string) {
    return {
      timeout: this.options.transactionTimeoutMs,
      metadata: { app: 'imr-graph', query: name },
    };
  }

  /** A session for `work`, within the request's bounds when this is a request view. */
  private withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    const scope = this.scope;
    if (scope === null) return this.openSession(mode, work);
    return scope.limit(() => {
      scope.signal.throwIfAborted();
      return this.openSession(mode, (session) => untilAborted(work(session), scope.signal));
    });
  }

  private async openSession<T>(
    mode: 'READ' | 'WRITE',
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    let aborted = false;
    try {
      return await work(session);
    } catch (error) {
      aborted = this.scope?.signal.aborted === true && error === this.scope.signal.reason;
      throw this.mapDriverError(error, mode);
    } finally {
      // A session left by an aborted request may wait on a database that does not answer:
      // closing it must not hold the request (the driver frees the connection once it can).
      const closed = session.close();
      if (aborted) closed.catch(() => undefined);
      else await closed;
    }
  }

  private authError(): DatabaseAuthError {
    return new DatabaseAuthError(
      `Neo4j at ${this.options.uri} refused user '${this.options.user}': authentication failed; check NEO4J_USER and NEO4J_PASSWORD`,
    );
  }

  private mapDriverError(error: unknown, mode: 'READ' | 'WRITE'): unknown {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code !== 'string') return error;
    if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
      return new DatabaseUnavailableError(`Neo4j at ${this.options.uri} is unavailable: ${code}`);
    }
    if (isAuthFailure(error)) return this.authError();
    if (STOPPED_TRANSACTION.test(code)) return new StatementTimeoutError(mode, code);
    return error;
  }
}

/**
 * Neo4j stopped the transaction: past its timeout while running (TransactionTimedOut…) or while
 * waiting for a lock (Terminated, LockClientStopped; also what an operator's TERMINATE
 * TRANSACTION gives). Either way it was rolled back.
 */
const STOPPED_TRANSACTION = /TransactionTimedOut|Transaction\.(Terminated|LockClientStopped)$/;

function isAuthFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'Neo.ClientError.Security.Unauthorized';
}

/** `work`, or the signal's reason as soon as it aborts (the work is left to settle alone). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      work.catch(() => undefined);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

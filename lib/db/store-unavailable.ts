import "server-only";

// Which failures mean "Postgres is down, frozen or unreachable" (the caller may retry later, nothing was saved)
// as opposed to an ordinary error of the request itself (a unique violation, a bad value).

export const STORE_UNAVAILABLE_MESSAGE = "The incident store is unavailable; nothing was saved. Try again when it is back.";

/** Thrown instead of waiting when the store is known to be down (the circuit breaker is open). */
export class StoreUnavailableError extends Error {
  readonly code = "store_unavailable";
  constructor(options?: { cause?: unknown }) {
    super(STORE_UNAVAILABLE_MESSAGE, options);
    this.name = "StoreUnavailableError";
  }
}

// Prisma: P1001 can't reach, P1002/P1008 timed out, P1017 server closed the connection, P2024 pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

// @prisma/adapter-pg's DriverAdapterError kinds for a lost or refused connection.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

// Node sockets: the server is gone or unreachable.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

// Postgres SQLSTATEs: connection exceptions (08…), shutting down or starting (57P01–57P03), statement timeout, too many connections.
const SQLSTATE = /^(08\d{3}|57P0[1-3]|57014|53300)$/;

// node-postgres and pg-pool say it only in words.
const PG_MESSAGES = [
  /^Connection terminated/, // unexpectedly · due to connection timeout
  /^Query read timeout$/,
  /^timeout exceeded when trying to connect$/, // pg-pool: no free connection in time
  /^timeout expired$/, // a lone pg.Client's connect timeout
  /is not queryable$/, // the client lost its connection earlier
];

// Prisma P2028 also means an expired transaction (a bug of ours); only "no connection within maxWait" is an outage.
const NO_CONNECTION_FOR_TRANSACTION = /Unable to start a transaction in the given time/;

type ErrorLike = {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: unknown;
  kind?: unknown;
  originalCode?: unknown;
};

function isUnavailableCause(cause: ErrorLike): boolean {
  if (typeof cause.kind === "string" && ADAPTER_KINDS.has(cause.kind)) return true;
  const sqlState = cause.originalCode ?? (cause.kind === "postgres" ? cause.code : undefined);
  return typeof sqlState === "string" && SQLSTATE.test(sqlState);
}

function isUnavailableOne(error: ErrorLike): boolean {
  if (error instanceof StoreUnavailableError || error.code === "EOPENBREAKER") return true;
  if (typeof error.code === "string") {
    if (PRISMA_CODES.has(error.code) || SOCKET_CODES.has(error.code) || SQLSTATE.test(error.code)) return true;
  }
  const message = typeof error.message === "string" ? error.message.trim() : "";
  if (PG_MESSAGES.some((pattern) => pattern.test(message))) return true;
  if (error.code === "P2028" && NO_CONNECTION_FOR_TRANSACTION.test(message)) return true;
  // Prisma keeps the adapter's reason in meta.driverAdapterError; a DriverAdapterError carries it as its cause.
  const adapterError = (error.meta as { driverAdapterError?: ErrorLike } | undefined)?.driverAdapterError;
  const adapterCause = (adapterError?.cause ?? (error.name === "DriverAdapterError" ? error.cause : undefined)) as ErrorLike | undefined;
  return typeof adapterCause === "object" && adapterCause !== null && isUnavailableCause(adapterCause);
}

/** True when `error` (or an error it wraps) says the store could not be reached or did not answer in time. */
export function isStoreUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    if (isUnavailableOne(current as ErrorLike)) return true;
    current = (current as ErrorLike).cause;
  }
  return false;
}

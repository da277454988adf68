import "server-only";
import pg from "pg";

/**
 * A node-postgres client that closes itself when a query read timeout fires (the server froze mid-query):
 * the timed-out query would otherwise block every later query on it, such as the ROLLBACK that follows,
 * for another full timeout, and the pool would hand the stuck connection to the next request.
 */
export class ClientClosingOnTimeout extends pg.Client {
  // Loose signature: it passes every overload of pg's query through unchanged.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if ((error as Error)?.message === "Query read timeout") this.end().catch(() => undefined);
      });
    }
    return result;
  }
}

import pg from "pg";

export const BENCH_SERVER_URL = process.env.BEACON_BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export function databaseUrl(name: string) {
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(name: string) {
  await withClient(BENCH_SERVER_URL, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** Transactions the server has counted for one database: every query Beacon runs is in one. */
export async function transactionCount(name: string): Promise<number> {
  return withClient(BENCH_SERVER_URL, async (client) => {
    await client.query("SELECT pg_stat_force_next_flush()").catch(() => undefined);
    const { rows } = await client.query("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1", [name]);
    return Number(rows[0]?.n ?? 0);
  });
}

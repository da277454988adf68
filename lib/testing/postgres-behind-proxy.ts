// A migrated throw-away Postgres database reached through a TCP proxy, so a test can stop or freeze "the server".
import { migrateDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { openPostgres } from "@/lib/db/open-postgres";
import { createPostgresDatabase } from "./databases";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

/** Short timeouts so outage tests run in seconds; the same shape as production's settings. */
export const OUTAGE_TIMEOUTS = { connectTimeoutMs: 1_000, statementTimeoutMs: 1_000, breakerResetMs: 1_000 };

export async function openPostgresBehindProxy(
  options: { migrate?: boolean } = {},
): Promise<{ db: Database; proxy: TcpProxy; dispose: () => Promise<void> }> {
  const created = await createPostgresDatabase("beacon_outage");
  const proxy = await startTcpProxy({ port: Number(new URL(created.url).port || 5432) });
  const url = new URL(created.url);
  url.port = String(proxy.port);
  const db = openPostgres({
    url: url.toString(),
    connectTimeoutMs: OUTAGE_TIMEOUTS.connectTimeoutMs,
    statementTimeoutMs: OUTAGE_TIMEOUTS.statementTimeoutMs,
    breaker: { resetTimeoutMs: OUTAGE_TIMEOUTS.breakerResetMs },
  });
  if (options.migrate !== false) await migrateDatabase(db);
  return {
    db,
    proxy,
    dispose: async () => {
      proxy.restore();
      await db.close();
      await proxy.close();
      await created.drop();
    },
  };
}

/** The longest a request may wait on a frozen server: a connection timeout or one query's read timeout. */
export function outageWaitLimitMs() {
  return Math.max(OUTAGE_TIMEOUTS.connectTimeoutMs, OUTAGE_TIMEOUTS.statementTimeoutMs + 1_000) + 500;
}

/** Ends the outage and waits until the store answers again through the breaker (half-open after its reset time). */
export async function restoreStore(db: Database, proxy: TcpProxy): Promise<void> {
  proxy.restore();
  for (let attempt = 0; attempt < 20; attempt++) {
    const answers = await db.prisma.$queryRaw`select 1`.then(
      () => true,
      () => false,
    );
    if (answers) return;
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_TIMEOUTS.breakerResetMs / 2));
  }
}

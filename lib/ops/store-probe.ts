import "server-only";
import type { Database } from "@/lib/db/database";
import { readMigrations } from "@/lib/db/migrate";
import type { StoreProbe } from "./readiness";

const PROBE_TIMEOUT_MS = 2_000;

let migrationNames: Promise<string[]> | undefined;

/** The migrations this build ships, read once per process. */
function shippedMigrations(dir?: string): Promise<string[]> {
  if (dir) return readMigrations(dir).then((all) => all.map((m) => m.name));
  migrationNames ??= readMigrations().then((all) => all.map((m) => m.name));
  return migrationNames;
}

/** One bounded query: is the store answering, and which shipped migrations has it not applied? */
export async function probeStore(db: Database | Promise<Database>, options: { migrationsDir?: string } = {}): Promise<StoreProbe> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    const applied = await Promise.race([appliedMigrations(await Promise.race([db, timeout])), timeout]);
    const pendingMigrations = (await shippedMigrations(options.migrationsDir)).filter((name) => !applied.has(name));
    return { reachable: true, pendingMigrations };
  } catch (error) {
    return { reachable: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

async function appliedMigrations(db: Database): Promise<Set<string>> {
  const [table] = await db.prisma.$queryRawUnsafe<{ present: boolean }[]>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!table?.present) return new Set();
  const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Set(rows.map((row) => row.migration_name));
}

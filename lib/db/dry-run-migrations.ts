import "server-only";
import type { SqlSession } from "./database";
import { MIGRATION_LOCK_KEY, type MigrationFile } from "./migrate";

// `npm run db:check`: every pending migration applied in order inside one transaction that is always rolled back,
// so CI learns before a deploy what would fail — a missing extension or version, a lock held too long — and the
// target database is left exactly as it was.

export type DryRunProblem = "missing_extension" | "extension_version" | "lock_timeout" | "statement_timeout" | "error";

export type DryRunStep =
  | { name: string; outcome: "would_apply" }
  | { name: string; outcome: "would_fail"; problem: DryRunProblem; message: string }
  | { name: string; outcome: "not_checked" }; // after a failure: it depends on what failed

export interface DryRunReport {
  ok: boolean;
  alreadyApplied: number;
  steps: DryRunStep[];
}

export interface DryRunOptions {
  /** How long a migration may wait for a lock before it counts as failing (what a deploy would hit). */
  lockTimeoutMs?: number;
  statementTimeoutMs?: number;
}

export async function dryRunMigrations(
  session: SqlSession,
  migrations: MigrationFile[],
  options: DryRunOptions = {},
): Promise<DryRunReport> {
  const applied = await appliedMigrationNames(session);
  const pending = migrations.filter((m) => !applied.has(m.name));
  const steps: DryRunStep[] = [];
  await session.exec("BEGIN");
  try {
    await session.exec(`SET LOCAL lock_timeout = ${Math.trunc(options.lockTimeoutMs ?? 5_000)}`);
    await session.exec(`SET LOCAL statement_timeout = ${Math.trunc(options.statementTimeoutMs ?? 60_000)}`);
    await session.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    let failed = false;
    for (const migration of pending) {
      if (failed) {
        steps.push({ name: migration.name, outcome: "not_checked" });
        continue;
      }
      await session.exec("SAVEPOINT beacon_dry_run");
      try {
        await session.exec(migration.sql);
        steps.push({ name: migration.name, outcome: "would_apply" });
      } catch (error) {
        await session.exec("ROLLBACK TO SAVEPOINT beacon_dry_run");
        const message = error instanceof Error ? error.message : String(error);
        steps.push({ name: migration.name, outcome: "would_fail", problem: classify(error, message), message });
        failed = true;
      }
    }
  } finally {
    await session.exec("ROLLBACK");
  }
  return { ok: steps.every((s) => s.outcome === "would_apply"), alreadyApplied: migrations.length - pending.length, steps };
}

async function appliedMigrationNames(session: SqlSession): Promise<Set<string>> {
  const [table] = await session.query<{ present: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!table?.present) return new Set();
  const rows = await session.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Set(rows.map((r) => r.migration_name));
}

/** What kind of failure a database error is, from its SQLSTATE and message. */
export function classify(error: unknown, message: string): DryRunProblem {
  const code = (error as { code?: string })?.code;
  if (code === "55P03" || /lock timeout/i.test(message)) return "lock_timeout";
  if (code === "57014" || /statement timeout/i.test(message)) return "statement_timeout";
  if (/extension "[^"]+" has no (installation script|update path)|version "[^"]+" of extension/i.test(message)) return "extension_version";
  if (/extension "[^"]+" (is not available|does not exist)|could not open extension control file/i.test(message))
    return "missing_extension";
  return "error";
}

/** The report as CI prints it, one line per pending migration. */
export function formatDryRun(report: DryRunReport): string {
  const lines = [`${report.alreadyApplied} migration(s) already applied, ${report.steps.length} pending`];
  for (const step of report.steps) {
    if (step.outcome === "would_apply") lines.push(`  ok      ${step.name}`);
    else if (step.outcome === "not_checked") lines.push(`  skipped ${step.name} (after a failure)`);
    else lines.push(`  FAIL    ${step.name}: ${step.problem}: ${step.message}`);
  }
  lines.push(report.ok ? "Dry run passed: nothing was changed." : "Dry run FAILED: nothing was changed.");
  return lines.join("\n");
}

// `npm run bench:private`: a private (password) page's requests/s for a signed-in viewer, beside the same page public,
// on the production server with its edge workers. Every request checks the viewer cookie (HMAC) before the prepared
// bytes are written. Options: --seconds N (per route, default 10), --connections N (default 64).
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { hashPagePassword } from "@/lib/page-access/password-hash";
import { startBeacon } from "./support/beacon-process";
import { databaseUrl, recreateDatabase } from "./support/postgres";
import { ensureBuild, ensureTools } from "./support/prerequisites";
import { loadWithWrk } from "./support/wrk";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "64" } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const ROUTES = ["/", "/badge.svg", "/api/v2/summary.json"];
const DATABASE = "beacon_bench_private";
const PASSWORD = "bench private page";

await ensureTools();
await ensureBuild();
await recreateDatabase(DATABASE);
const beacon = await startBeacon(3411, {
  DATABASE_URL: databaseUrl(DATABASE),
  BEACON_DATA_DIR: path.join(await mkdtemp(path.join(os.tmpdir(), "beacon-bench-private-")), "data"),
  BEACON_AUTH_SECRET: "bench-private-page-auth-secret-0123456789",
});
try {
  const measure = async (headers: string[]) => {
    const rows: Record<string, string | number>[] = [];
    for (const route of ROUTES) {
      await loadWithWrk(`${beacon.origin}${route}`, { connections, seconds: 2, headers }); // warm
      const result = await loadWithWrk(`${beacon.origin}${route}`, { connections, seconds, headers });
      rows.push({
        route,
        "req/s": Math.round(result.requestsPerSecond),
        "p50 ms": result.p50Ms,
        "p99 ms": result.p99Ms,
        errors: result.errors,
      });
    }
    return rows;
  };
  const publicRows = await measure(["Accept-Encoding: br"]);

  const db = new pg.Client({ connectionString: databaseUrl(DATABASE) });
  await db.connect();
  await db.query(
    `INSERT INTO "PageSettings" (id, slug, name, url, "timeZone", "updatedAt") VALUES ('page', 'default', 'Bench', $1, 'UTC', now()) ON CONFLICT (id) DO NOTHING`,
    [beacon.origin],
  );
  await db.query(
    `INSERT INTO "PageAccess" ("pageId", kind, epoch, "passwordHash", "updatedAt") VALUES ('page', 'password', 1, $1, now())`,
    [await hashPagePassword(PASSWORD)],
  );
  await db.end();
  for (let i = 0; (await fetch(`${beacon.origin}/`)).status !== 401; i++) {
    if (i > 100) throw new Error("the page never turned private");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const signedIn = await fetch(`${beacon.origin}/access/password`, {
    method: "POST",
    body: new URLSearchParams({ page: "page", password: PASSWORD, next: "/" }),
    redirect: "manual",
  });
  const cookie = signedIn.headers
    .getSetCookie()
    .find((line) => line.startsWith("beacon_viewer_"))!
    .split(";")[0];
  const privateRows = await measure(["Accept-Encoding: br", `Cookie: ${cookie}`]);
  console.log(`\nPublic page (${connections} connections, ${seconds} s a route):`);
  console.table(publicRows);
  console.log("Private (password) page, signed-in viewer:");
  console.table(privateRows);
} finally {
  await beacon.stop();
}

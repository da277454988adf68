import { createHash, randomBytes } from "node:crypto";
import { withClient } from "./postgres";

const POLL_EVERY_MS = 10;
const GIVE_UP_AFTER_MS = 10_000;

async function etagOf(url: string): Promise<string> {
  const answer = await fetch(url, { headers: { "accept-encoding": "identity" } });
  await answer.arrayBuffer();
  return answer.headers.get("etag") ?? "";
}

/** Milliseconds from `write()` returning until `url` answers something else than before. */
async function lagUntilChanged(url: string, before: string, writtenAt: number): Promise<number> {
  for (;;) {
    if ((await etagOf(url)) !== before) return Date.now() - writtenAt;
    if (Date.now() - writtenAt > GIVE_UP_AFTER_MS) return Infinity;
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
  }
}

async function measure(origins: string[], routes: string[], write: () => Promise<void>): Promise<string[][]> {
  const urls = origins.flatMap((origin) => routes.map((route) => `${origin}${route}`));
  const before = await Promise.all(urls.map(etagOf));
  await write();
  const writtenAt = Date.now();
  const lags = await Promise.all(urls.map((url, i) => lagUntilChanged(url, before[i], writtenAt)));
  return origins.map((origin, o) => [
    origin.endsWith("3401") ? "A (written to)" : "B (other)",
    ...routes.map((_, r) => {
      const lag = lags[o * routes.length + r];
      return Number.isFinite(lag) ? `${lag} ms` : "unchanged after 10 s";
    }),
  ]);
}

/**
 * Four writes, each changing the overall status: component flips straight in the database (what a monitor does)
 * and an incident opened and resolved through the admin write API of instance A.
 */
export async function measureFreshness(databaseUrl: string, origins: string[], routes: string[]): Promise<string[][]> {
  const token = `bcn_${randomBytes(32).toString("base64url")}`;
  const component = await withClient(databaseUrl, async (client) => {
    await client.query(
      `INSERT INTO "ApiToken" ("id", "name", "tokenHash", "prefix", "scopes", "createdById")
       SELECT $1, 'bench', $2, $3, ARRAY['incidents:write'], "id" FROM "User" ORDER BY "createdAt" LIMIT 1`,
      [`bench_${randomBytes(6).toString("hex")}`, createHash("sha256").update(token).digest("hex"), token.slice(0, 12)],
    );
    const { rows } = await client.query(`SELECT "id" FROM "Component" WHERE "showcase" ORDER BY "position" LIMIT 1`);
    return rows[0].id as string;
  });
  const setStatus = (status: string) => () =>
    withClient(databaseUrl, (client) =>
      client
        .query(`UPDATE "Component" SET "status" = $1::"ComponentStatus", "updatedAt" = now() WHERE "id" = $2`, [status, component])
        .then(() => undefined),
    );
  let incidentId = "";
  const adminApi = async (path: string, body: unknown, expected: number) => {
    const answer = await fetch(`${origins[0]}/api/admin/v1${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (answer.status !== expected) throw new Error(`POST ${path} answered ${answer.status}: ${await answer.text()}`);
    return answer.json();
  };
  const openIncident = async () => {
    const created = await adminApi(
      "/incidents",
      { name: "Bench: API unreachable", impact: "critical", status: "investigating", message: "Looking into it." },
      201,
    );
    incidentId = created.incident.id;
  };
  const resolveIncident = async () => void (await adminApi(`/incidents/${incidentId}/resolve`, { message: "Fixed." }, 200));
  // Each write changes the overall status, so every route (page, badge, API) must change.
  const steps: [string, () => Promise<void>][] = [
    ["component → partial outage (SQL, as a monitor)", setStatus("partial_outage")],
    ["critical incident opened (admin API on A)", openIncident],
    ["incident resolved (admin API on A)", resolveIncident],
    ["component → operational (SQL)", setStatus("operational")],
  ];
  const rows: string[][] = [];
  for (const [label, write] of steps) rows.push(...(await measure(origins, routes, write)).map((row) => [label, ...row]));
  return rows;
}

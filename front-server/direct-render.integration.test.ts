import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANG_PARAM } from "@/lib/i18n/locales";
import { createPostgresDatabase } from "@/lib/testing/databases";
import { freePort } from "@/lib/testing/free-port";
import { PRODUCTION_SERVER_ENTRY } from "@/lib/testing/production-server";
import { PUBLIC_ROUTES } from "./public-routes";
import { RENDER_PATHS_PATH } from "./render-comparison";

// The two callers of each non-HTML route's renderer cannot drift: on a production build, every such route's sample
// and missing URLs of the route table (on the default page and on a /p/<slug> page, with ?lang= where the route reads
// it) rendered straight from the model and through Next give the same status, kept headers and bytes.

const hasBuild = existsSync(PRODUCTION_SERVER_ENTRY);
/** Non-HTML routes that still render through Next: nothing a store change outdates (scripts, the API's description). */
const THROUGH_NEXT = new Set(["islands/[file]", "embed.js", "api/openapi.json"]);
const SECOND_PAGE = "second";

let work: string;
let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
let beacon: ChildProcess | undefined;
let origin: string;

async function sql<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface Kept {
  status: number;
  headers: Record<string, string>;
  body: string;
}
interface RenderPaths {
  version: number;
  versionAfter: number;
  direct: Kept | null;
  throughNext: Kept | null;
}

/** Both renders of `key`, again while the model changed between them (a monitor's total, a page being added). */
async function renderPaths(key: string): Promise<RenderPaths> {
  for (let attempt = 0; ; attempt++) {
    const answer = (await (await fetch(`${origin}${RENDER_PATHS_PATH}?key=${encodeURIComponent(key)}`)).json()) as RenderPaths;
    if (answer.version === answer.versionAfter || attempt === 4) return answer;
  }
}

/** Every non-HTML route's sample and missing URLs, ids filled in, with ?lang= where the route reads it. */
function directUrls(ids: { incident: string; maintenance: string; component: string }): string[] {
  const routes = PUBLIC_ROUTES.filter((route) => !route.html && !THROUGH_NEXT.has(route.app));
  return routes.flatMap((route) =>
    [...route.samples, ...(route.missing ?? [])].flatMap((sample) => {
      const url = sample
        .replace("{incident}", ids.incident)
        .replace("{maintenance}", ids.maintenance)
        .replace("{component}", ids.component);
      const inGerman = `${url}${url.includes("?") ? "&" : "?"}${LANG_PARAM}=de`;
      return LANG_PARAM in route.query ? [url, inGerman] : [url];
    }),
  );
}

describe.skipIf(!hasBuild)("direct renders against renders through Next (needs `npm run build`)", () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "beacon-direct-render-"));
    database = await createPostgresDatabase("beacon_direct_render");
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    beacon = spawn(process.execPath, [PRODUCTION_SERVER_ENTRY, "-H", "127.0.0.1", "-p", String(port)], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: database.url,
        BEACON_DATA_DIR: path.join(work, "data"),
        BEACON_SEED_DEMO: "true",
        BEACON_EDGE_WORKERS: "0",
        BEACON_SURFACE_STATS: "true",
      },
      stdio: "ignore",
    });
    await until("the demo", async () => (await fetch(`${origin}/api/v2/summary.json`)).ok);
    // Nothing but this test changes the model: the demo's monitors stop, and a second page is added.
    await sql(`UPDATE "Monitor" SET enabled = false`);
    await sql(
      `INSERT INTO "PageSettings" (id, name, url, "timeZone", slug, "updatedAt") VALUES ('direct_second', 'Second page', '${origin}', 'UTC', '${SECOND_PAGE}', now())`,
    );
    await until("the second page", async () => (await fetch(`${origin}/p/${SECOND_PAGE}/api/v2/summary.json`)).ok, 30_000);
  }, 240_000);

  afterAll(async () => {
    beacon?.kill("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 300));
    await database?.drop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("gives the same status, headers and bytes as Next for every non-HTML route, on both pages", async () => {
    const [component] = await sql<{ slug: string }>(`SELECT slug FROM "Component" WHERE showcase ORDER BY position LIMIT 1`);
    const [incident] = await sql<{ id: string }>(`SELECT id FROM "Incident" ORDER BY "startedAt" DESC LIMIT 1`);
    const [maintenance] = await sql<{ id: string }>(`SELECT id FROM "ScheduledMaintenance" ORDER BY "scheduledFor" DESC LIMIT 1`);
    const urls = directUrls({ incident: incident.id, maintenance: maintenance.id, component: component.slug });
    const keys = urls.flatMap((url) => [url, `/p/${SECOND_PAGE}${url}`]);
    expect(keys.length).toBeGreaterThan(60);
    const declined: string[] = [];
    for (const key of keys) {
      const { direct, throughNext } = await renderPaths(key);
      if (!direct) {
        declined.push(key);
        continue;
      }
      expect({ key, ...direct }).toEqual({ key, ...throughNext });
    }
    expect(declined).toEqual([]); // every one of these routes is rendered straight from the model
  }, 180_000);
});

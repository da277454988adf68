import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureCommands } from "@/bench/support/prerequisites";
import { formatCheckedAt } from "@/components/live/live-status";
import { freePort } from "@/lib/testing/free-port";
import { PRODUCTION_SERVER_ENTRY } from "@/lib/testing/production-server";
import { PUBLIC_ROUTES } from "../public-routes";

// The outage the mirror is for: Beacon exports to a folder, then stops entirely, and nginx — configured with the
// README's block — serves the folder. Every URL of the outage journey's list answers 200 with the bytes Beacon
// served, and a browser on the mirrored page polls the mirror's own status.json and shows the export time.

const hasBuild = existsSync(PRODUCTION_SERVER_ENTRY);
let work: string;
let mirrorDir: string;
let beacon: ChildProcess | undefined;
let nginx: ChildProcess | undefined;
let beaconUrl: string;
let mirrorUrl: string;

/** The README's ```nginx block under "Serving the mirror with nginx", as written. */
function readmeMirrorConfig(): string {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("### Serving the mirror with nginx"));
  const block = /```nginx\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error("README.md has no nginx block for the mirror");
  return block[1];
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const json = async (url: string) => (await fetch(url)).json() as Promise<Record<string, unknown>>;
const surfaceVersion = async () => (await json(`${beaconUrl}/_beacon/surface-stats`)).version as number;
const mirrorCheck = async () =>
  ((await json(`${beaconUrl}/api/ready`)).checks as { name: string; detail: string }[]).find((check) => check.name === "mirror:directory");

/** The outage journey's URL list (e2e/resilience.spec.ts): every sample of the route table, filled in from the model. */
async function outageUrls(): Promise<string[]> {
  const incidents = (await json(`${beaconUrl}/api/v2/incidents.json`)).incidents as { id: string }[];
  const maintenances = (await json(`${beaconUrl}/api/v2/scheduled-maintenances.json`)).scheduled_maintenances as { id: string }[];
  const badges = (await readdir(path.join(mirrorDir, "badge"))).filter((name) => /^[^@]+\.svg$/.test(name));
  const fill = { "{incident}": incidents[0]?.id, "{maintenance}": maintenances[0]?.id, "{component}": badges[0]?.replace(/\.svg$/, "") };
  return PUBLIC_ROUTES.flatMap((route) => route.samples).flatMap((sample) => {
    let url = sample;
    for (const [placeholder, value] of Object.entries(fill)) {
      if (!url.includes(placeholder)) continue;
      if (!value) return []; // the demo has none of these
      url = url.replaceAll(placeholder, value);
    }
    return [url];
  });
}

interface Answer {
  status: number;
  type: string;
  body: Buffer;
}

async function get(base: string, url: string, encoding = "identity"): Promise<Answer & { encoding: string | null }> {
  const answer = await fetch(`${base}${url}`, { headers: { "accept-encoding": encoding }, redirect: "manual" });
  const body = Buffer.from(await answer.arrayBuffer());
  return {
    status: answer.status,
    type: (answer.headers.get("content-type") ?? "").split(";")[0],
    body,
    encoding: answer.headers.get("content-encoding"),
  };
}

/** status.json without the export stamp the mirror adds to it. */
const withoutStamp = (body: Buffer) => {
  const { mirror: _stamp, ...rest } = JSON.parse(body.toString());
  return rest;
};

describe.skipIf(!hasBuild)("the static mirror, served by nginx with Beacon stopped (needs `npm run build`)", () => {
  beforeAll(async () => {
    ensureCommands([["nginx", "nginx-light"]]);
    work = await mkdtemp(path.join(tmpdir(), "beacon-mirror-journey-"));
    mirrorDir = path.join(work, "mirror");
    const port = await freePort();
    beaconUrl = `http://127.0.0.1:${port}`;
    beacon = spawn(process.execPath, [PRODUCTION_SERVER_ENTRY, "-H", "127.0.0.1", "-p", String(port)], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: "",
        BEACON_DATA_DIR: path.join(work, "data"),
        BEACON_SEED_DEMO: "true",
        BEACON_EDGE_WORKERS: "0",
        BEACON_SURFACE_STATS: "true",
        BEACON_MIRROR_DIR: mirrorDir,
      },
      stdio: "ignore",
    });
    await until("the first export", async () => ((await mirrorCheck())?.detail.startsWith("last exported") ? true : undefined), 180_000);
  }, 240_000);

  afterAll(async () => {
    beacon?.kill("SIGKILL");
    nginx?.kill("SIGQUIT");
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("answers the outage journey's URL list with Beacon's bytes, and live updates read the mirror", async () => {
    // What Beacon serves, at a version of the model the mirror has exported (no change during the reads).
    const urls = await outageUrls();
    const served = new Map<string, Answer>();
    for (let attempt = 0; ; attempt++) {
      const before = await surfaceVersion();
      for (const url of urls) served.set(url, await get(beaconUrl, url));
      await new Promise((resolve) => setTimeout(resolve, 8_000)); // longer than the exports' minimum interval
      if ((await surfaceVersion()) === before) break;
      if (attempt === 4) throw new Error("the model kept changing");
    }
    expect([...served].filter(([, answer]) => answer.status !== 200).map(([url]) => url)).toEqual([]);

    // Beacon stops entirely; nginx serves the folder with the README's configuration.
    const exited = new Promise((resolve) => beacon!.once("exit", resolve));
    beacon!.kill("SIGTERM");
    await exited;
    await expect(fetch(`${beaconUrl}/`)).rejects.toThrow();
    const nginxPort = await freePort();
    mirrorUrl = `http://127.0.0.1:${nginxPort}`;
    const documented = readmeMirrorConfig()
      .replace("listen 80;", `listen 127.0.0.1:${nginxPort};`)
      .replace("root /srv/beacon-mirror;", `root ${mirrorDir};`);
    const nginxDir = path.join(work, "nginx");
    await mkdir(path.join(nginxDir, "tmp"), { recursive: true });
    await writeFile(
      path.join(nginxDir, "nginx.conf"),
      `${process.getuid?.() === 0 ? "user root;" : ""}
daemon off;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${nginxDir}/tmp;
  proxy_temp_path ${nginxDir}/tmp;
  fastcgi_temp_path ${nginxDir}/tmp;
  uwsgi_temp_path ${nginxDir}/tmp;
  scgi_temp_path ${nginxDir}/tmp;
${documented}
}`,
    );
    nginx = spawn("nginx", ["-c", path.join(nginxDir, "nginx.conf"), "-p", nginxDir], { stdio: "inherit" });
    await until("nginx", async () => ((await fetch(`${mirrorUrl}/`)).ok ? true : undefined), 20_000);

    const differences: string[] = [];
    for (const [url, beaconAnswer] of served) {
      const mirrored = await get(mirrorUrl, url);
      if (mirrored.status !== 200) differences.push(`${url}: ${mirrored.status}`);
      else if (mirrored.type !== beaconAnswer.type) differences.push(`${url}: ${mirrored.type}, Beacon ${beaconAnswer.type}`);
      else if (url.endsWith("status.json")) {
        if (JSON.stringify(withoutStamp(mirrored.body)) !== JSON.stringify(withoutStamp(beaconAnswer.body)))
          differences.push(`${url}: other JSON`);
      } else if (!mirrored.body.equals(beaconAnswer.body)) differences.push(`${url}: other bytes`);
    }
    expect(differences).toEqual([]);

    // The precompressed sibling is what a compressing client gets (fetch decodes it).
    const compressed = await get(mirrorUrl, "/", "gzip");
    expect(compressed.encoding).toBe("gzip");
    expect(compressed.body.equals(served.get("/")!.body)).toBe(true);

    // A reader on the mirror: live updates poll the mirror's own status.json and show the export time.
    const exportedAt = JSON.parse((await get(mirrorUrl, "/api/v2/status.json")).body.toString()).mirror.exported_at as string;
    const browser = await chromium.launch({
      executablePath: process.env.BEACON_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox"],
    });
    try {
      const page = await (await browser.newContext({ timezoneId: "UTC" })).newPage();
      const polled: string[] = [];
      page.on("request", (request) => {
        if (request.url().includes("status.json")) polled.push(request.url());
      });
      await page.goto(`${mirrorUrl}/`);
      const live = page.locator("[data-live-updates]").first();
      await until("a poll", async () => ((await live.getAttribute("data-live-updates")) === "live" ? true : undefined), 30_000);
      expect(polled.length).toBeGreaterThan(0);
      expect(polled.every((url) => url.startsWith(`${mirrorUrl}/`))).toBe(true);
      await expect(live.locator("time").textContent()).resolves.toBe(formatCheckedAt(new Date(exportedAt), "UTC"));
    } finally {
      await browser.close();
    }
  }, 240_000);
});

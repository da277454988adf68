// The private-pages journey's own Beacon (production build, two edge workers) on Postgres behind a TCP proxy the
// journey cuts, with an SMTP catcher and a real OpenID Connect provider beside it. Started by the spec itself.
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";
import { PRODUCTION_SERVER_ENTRY } from "@/lib/testing/production-server";
import { startSmtpCatcher } from "@/lib/testing/receivers";
import { startTcpProxy } from "@/lib/testing/tcp-proxy";

export const PRIVATE_PAGES = { port: 3111, database: "beacon_private_pages", authSecret: "private-pages-journey-auth-secret-0123456789" };
export const PRIVATE_ORIGIN = `http://127.0.0.1:${PRIVATE_PAGES.port}`;

export async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${PRIVATE_PAGES.database}` });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function startPrivatePagesServer() {
  const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/test" });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${PRIVATE_PAGES.database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${PRIVATE_PAGES.database}"`);
  await admin.end();
  const proxy = await startTcpProxy({ port: 5432 });
  const smtp = await startSmtpCatcher();
  rmSync(".e2e-data/private-pages", { recursive: true, force: true });
  const beacon: ChildProcess = spawn(process.execPath, [PRODUCTION_SERVER_ENTRY, "-H", "127.0.0.1", "-p", String(PRIVATE_PAGES.port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${proxy.port}/${PRIVATE_PAGES.database}`,
      BEACON_DATA_DIR: ".e2e-data/private-pages",
      BEACON_DB_CONNECT_TIMEOUT_MS: "1000",
      BEACON_DB_STATEMENT_TIMEOUT_MS: "2000",
      BEACON_EDGE_WORKERS: "2",
      BEACON_AUTH_SECRET: PRIVATE_PAGES.authSecret,
      BEACON_PUBLIC_URL: PRIVATE_ORIGIN,
      BEACON_TRUSTED_PROXIES: "127.0.0.1/32",
      BEACON_SMTP_HOST: "127.0.0.1",
      BEACON_SMTP_PORT: String(smtp.port),
      BEACON_SMTP_FROM: "Beacon <status@beacon.test>",
      BEACON_ADMIN_EMAIL: "owner@example.com",
      BEACON_ADMIN_PASSWORD: "correct-horse-battery-staple",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; ; i++) {
    if (beacon.exitCode !== null) throw new Error(`Beacon exited with ${beacon.exitCode}`);
    try {
      if ((await fetch(`${PRIVATE_ORIGIN}/api/v2/summary.json`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 720) throw new Error("Beacon did not start");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    proxy,
    smtp,
    async stop() {
      if (beacon.exitCode === null) {
        const exited = new Promise((resolve) => beacon.once("exit", resolve));
        beacon.kill("SIGTERM");
        setTimeout(() => beacon.kill("SIGKILL"), 5_000).unref();
        await exited;
      }
      await smtp.close();
      await proxy.close();
    },
  };
}

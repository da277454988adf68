// Beacon behind a TCP proxy to Postgres, with a control port to cut or freeze the database link and to restart
// Beacon: the resilience journeys (e2e/resilience.spec.ts) drive a real outage through it.
//   node --import tsx e2e/support/outage-harness.ts <beacon port> <control port>
// Control: POST /cut, /freeze, /restore, /restart (Beacon stops and starts again, with the link as it is).
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:http";
import pg from "pg";
import { PRODUCTION_SERVER_ENTRY } from "@/lib/testing/production-server";
import { startTcpProxy } from "@/lib/testing/tcp-proxy";
import { OUTAGE } from "./servers";

const [beaconPort, controlPort] = process.argv.slice(2).map(Number);
const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/test" });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${OUTAGE.database}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${OUTAGE.database}"`);
await admin.end();

const proxy = await startTcpProxy({ port: 5432 });
let beacon: ChildProcess | undefined;

function startBeacon() {
  beacon = spawn(process.execPath, [PRODUCTION_SERVER_ENTRY, "-H", "127.0.0.1", "-p", String(beaconPort)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${proxy.port}/${OUTAGE.database}`,
      BEACON_DATA_DIR: ".e2e-data/outage",
      BEACON_DB_CONNECT_TIMEOUT_MS: "1000",
      BEACON_DB_STATEMENT_TIMEOUT_MS: "2000",
      BEACON_ADMIN_EMAIL: "owner@example.com",
      BEACON_ADMIN_PASSWORD: "correct-horse-battery-staple",
    },
    stdio: "inherit",
  });
}

async function listening(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      await fetch(`http://127.0.0.1:${beaconPort}/icon.svg`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error("Beacon did not come back");
}

async function restartBeacon() {
  const old = beacon;
  if (old && old.exitCode === null) {
    const exited = new Promise((resolve) => old.once("exit", resolve));
    old.kill("SIGTERM");
    setTimeout(() => old.kill("SIGKILL"), 5_000).unref();
    await exited;
  }
  startBeacon();
  await listening();
}

createServer((request, response) => {
  const act: Record<string, () => unknown> = {
    "/cut": () => proxy.cut(),
    "/freeze": () => proxy.freeze(),
    "/restore": () => proxy.restore(),
    "/restart": () => restartBeacon(),
  };
  const action = request.method === "POST" ? act[request.url ?? ""] : undefined;
  if (!action) return void response.writeHead(404).end();
  Promise.resolve(action()).then(
    () => response.writeHead(204).end(),
    (error: Error) => response.writeHead(500).end(error.message),
  );
}).listen(controlPort, "127.0.0.1");

startBeacon();
process.on("SIGTERM", () => {
  beacon?.kill("SIGTERM");
  process.exit(0);
});

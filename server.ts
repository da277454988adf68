// Beacon's production server: Next renders every page, and the public surface (status page, incidents,
// history, badges, widget, API, feeds) is served from bytes prepared in memory whenever the store changes —
// fast under a burst, and still answering while the store is down. See lib/public-surface/.
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { startFrontServer } from "@/lib/public-surface/front/start-front-server";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Invalid port: ${values.port ?? process.env.PORT}`);
const hostname = values.hostname ?? process.env.BEACON_HOST;

(process.env as Record<string, string>).NODE_ENV ??= "production";
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
await app.prepare();
const { origin } = await startFrontServer({
  port,
  hostname,
  surfaceDir: path.resolve(process.env.BEACON_DATA_DIR || "./data", "public-surface"),
  nextHandler: app.getRequestHandler(),
  exposeStats: process.env.BEACON_SURFACE_STATS === "true",
});
console.log(`[beacon] ready on ${hostname ? `http://${hostname}:${port}` : origin.replace("127.0.0.1", "localhost")}`);

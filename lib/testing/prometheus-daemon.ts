// Tests only: Prometheus and Alertmanager start the same way: a config file in a temporary folder, a free loopback
// port, and their shared `/-/ready` endpoint to wait for.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export interface RunningDaemon {
  /** The daemon's HTTP root, e.g. `${api}/api/v1/query`. */
  api: string;
  stop(): Promise<void>;
}

/** Writes `config` to `<dir>/<configName>`, starts `binary` with `args(dir, port)` and waits until it is ready. */
export async function startPrometheusDaemon(
  binary: string,
  configName: string,
  config: string,
  args: (dir: string, port: number) => string[],
): Promise<RunningDaemon> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `beacon-${path.basename(binary)}-`));
  await writeFile(path.join(dir, configName), config);
  const port = await freePort();
  const child = spawn(binary, args(dir, port), { stdio: "ignore" });
  const api = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await fetch(`${api}/-/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    api,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

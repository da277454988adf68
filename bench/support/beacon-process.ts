import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { PRODUCTION_SERVER_ENTRY, productionEnv, productionNodeFlags } from "@/lib/testing/production-server";

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;

/** The whole process tree: the server, its edge workers and anything either starts. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    /* no children */
  }
  return [pid, ...children.flatMap(processTree)];
}

const treeRss = (pid: number) =>
  processTree(pid).reduce((sum, member) => {
    try {
      return sum + rssOf(member);
    } catch {
      return sum; // ended between the listing and the read
    }
  }, 0);

export interface BeaconProcess {
  process: ChildProcess;
  origin: string;
  /** RSS of the whole process tree: the primary, its edge workers and their children. */
  rssBytes(): number;
  /** Processes in that tree. */
  processCount(): number;
  stop(): Promise<void>;
}

/** Starts the production server (server.ts) directly with `npm start`'s Node flags and environment, so its PID is the Node process serving requests. */
/** `nodeFlags`: more flags for Node (`--cpu-prof`, which NODE_OPTIONS refuses). */
export async function startBeacon(port: number, env: Record<string, string>, nodeFlags: string[] = []): Promise<BeaconProcess> {
  const child = spawn(
    process.execPath,
    [...productionNodeFlags(), ...nodeFlags, PRODUCTION_SERVER_ENTRY, "-p", String(port), "-H", "127.0.0.1"],
    {
      env: { ...process.env, ...productionEnv(), NODE_ENV: "production", BEACON_SURFACE_STATS: "true", ...env },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Beacon on ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`Beacon on ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    process: child,
    origin,
    rssBytes: () => treeRss(child.pid!),
    processCount: () => processTree(child.pid!).length,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}

export async function surfaceStats(
  origin: string,
): Promise<{ renders: number; renderFailures: number; unanswered: number; entries: number; bytes: number }> {
  return (await fetch(`${origin}/_beacon/surface-stats`)).json();
}

import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
}

const toMs = (value: string) => {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!match) return NaN;
  const n = Number(match[1]);
  return match[2] === "us" ? n / 1000 : match[2] === "s" ? n * 1000 : n;
};

/** wrk with `connections` keep-alive connections for `seconds`; errors = socket errors + non-2xx/3xx answers. */
export async function loadWithWrk(
  url: string,
  options: { connections: number; seconds: number; threads?: number; script?: string; headers?: string[] },
): Promise<LoadResult> {
  const args = ["-t", String(options.threads ?? 2), "-c", String(options.connections), "-d", `${options.seconds}s`, "--latency"];
  if (options.script) args.push("-s", options.script);
  for (const header of options.headers ?? []) args.push("-H", header);
  const { stdout } = await run("wrk", [...args, url], { maxBuffer: 1 << 20 });
  const number = (pattern: RegExp) => Number(pattern.exec(stdout)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: toMs(/^\s+50%\s+(\S+)/m.exec(stdout)?.[1] ?? ""),
    p99Ms: toMs(/^\s+99%\s+(\S+)/m.exec(stdout)?.[1] ?? ""),
    errors: number(/Non-2xx or 3xx responses: (\d+)/) + (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
    requests: number(/(\d+) requests in/),
  };
}

// Three probe locations for the quorum test: each a real probe process in its own network namespace (veth pair to
// the host; the target is one host address every namespace routes to), or — without root — in-process probes on
// loopback whose failure is injected. Only namespaces and links this helper created are touched, and removed.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createProbeAgent, type ProbeAgent } from "@/probe/probe-agent";
import { createProbeClient } from "@/probe/probe-client";

export interface TestLocation {
  name: string;
  /** The target stops answering from this location (a route lost), or answers again. */
  setReachable(reachable: boolean): void;
  /** The probe dies without a goodbye. */
  kill(): Promise<void>;
}

export interface TestLocations {
  mode: "namespaces" | "loopback";
  /** The target's host as every location reaches it. */
  targetHost: string;
  /** Where Beacon's probe API must listen so every location reaches it. */
  apiHost: string;
  start(apiPort: number, tokens: string[]): Promise<TestLocation[]>;
  dispose(): Promise<void>;
}

const TARGET = "10.232.0.1";

export function namespacesAvailable(): { ok: true } | { ok: false; reason: string } {
  if (process.getuid?.() !== 0) return { ok: false, reason: "not running as root" };
  const probe = `bpt${randomBytes(3).toString("hex")}`;
  try {
    execFileSync("ip", ["netns", "add", probe], { stdio: "pipe" });
    execFileSync("ip", ["netns", "del", probe], { stdio: "pipe" });
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `ip netns failed: ${(error as Error).message.split("\n")[0]}` };
  }
}

const ip = (...args: string[]) => execFileSync("ip", args, { stdio: "pipe" });

export function namespaceLocations(names: string[]): TestLocations {
  const tag = randomBytes(2).toString("hex");
  const namespaces = names.map((_, i) => `bpt-${tag}-${i + 1}`);
  const children: ChildProcess[] = [];
  for (const [i, ns] of namespaces.entries()) {
    const [host, inside, net] = [`bpt${tag}h${i + 1}`, `bpt${tag}n${i + 1}`, `10.231.${i + 1}`];
    ip("netns", "add", ns);
    ip("link", "add", host, "type", "veth", "peer", "name", inside);
    ip("link", "set", inside, "netns", ns);
    ip("addr", "add", `${net}.1/24`, "dev", host);
    ip("link", "set", host, "up");
    ip("netns", "exec", ns, "ip", "addr", "add", `${net}.2/24`, "dev", inside);
    ip("netns", "exec", ns, "ip", "link", "set", inside, "up");
    ip("netns", "exec", ns, "ip", "link", "set", "lo", "up");
    ip("netns", "exec", ns, "ip", "route", "add", `${TARGET}/32`, "via", `${net}.1`);
  }
  // The target's address lives on the first host-side link; the host answers for it on every link.
  ip("addr", "add", `${TARGET}/32`, "dev", `bpt${tag}h1`);
  return {
    mode: "namespaces",
    targetHost: TARGET,
    apiHost: "0.0.0.0",
    async start(apiPort, tokens) {
      return names.map((name, i) => {
        const child = spawn(
          "ip",
          [
            "netns",
            "exec",
            namespaces[i],
            process.execPath,
            "--conditions=react-server",
            "--import",
            "tsx",
            "probe/main.ts",
            "--url",
            `http://10.231.${i + 1}.1:${apiPort}`,
            "--token",
            tokens[i],
            "--location",
            name,
            "--allow-private-networks",
          ],
          { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] },
        );
        child.stderr?.on("data", (chunk) => process.stderr.write(`[${name}] ${chunk}`));
        children.push(child);
        return {
          name,
          setReachable(reachable) {
            if (reachable) ip("netns", "exec", namespaces[i], "ip", "route", "replace", `${TARGET}/32`, "via", `10.231.${i + 1}.1`);
            else ip("netns", "exec", namespaces[i], "ip", "route", "replace", "unreachable", `${TARGET}/32`);
          },
          async kill() {
            child.kill("SIGKILL");
            await new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve(null) : child.once("exit", resolve)));
          },
        };
      });
    },
    async dispose() {
      for (const child of children) if (child.exitCode === null && !child.signalCode) child.kill("SIGKILL");
      for (const ns of namespaces) {
        try {
          ip("netns", "del", ns); // removes the namespace's end of the veth pair, and with it the host's end
        } catch {
          // already gone
        }
      }
    },
  };
}

/** Without namespaces: in-process probes on loopback; "unreachable" is injected as a refused target at that location. */
export function loopbackLocations(names: string[]): TestLocations {
  const agents: ProbeAgent[] = [];
  return {
    mode: "loopback",
    targetHost: "127.0.0.1",
    apiHost: "127.0.0.1",
    async start(apiPort, tokens) {
      return names.map((name, i) => {
        const policy = { allowPrivateNetworks: true };
        const agent = createProbeAgent({
          client: createProbeClient(`http://127.0.0.1:${apiPort}`, tokens[i], "test-probe"),
          location: name,
          policy,
          log: () => undefined,
        });
        agent.start();
        agents.push(agent);
        return {
          name,
          setReachable(reachable) {
            policy.allowPrivateNetworks = reachable; // the SSRF guard then refuses 127.0.0.1 here: a failed check
          },
          async kill() {
            await agent.stop();
          },
        };
      });
    },
    async dispose() {
      await Promise.all(agents.map((agent) => agent.stop()));
    },
  };
}

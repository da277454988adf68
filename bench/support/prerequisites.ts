import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

/** Commands from Debian's packages ([command, package]), installed when missing and we are root. */
export function ensureCommands(tools: [command: string, pkg: string][]) {
  const missing = tools.filter(([command]) => !has(command));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`Install ${missing.map(([, pkg]) => pkg).join(" ")} (apt-get install -y …) and run again`);
  execFileSync("apt-get", ["install", "-y", "-q", ...missing.map(([, pkg]) => pkg)], { stdio: "inherit" });
}

/** wrk (load) and nginx (baseline). */
export async function ensureTools() {
  ensureCommands([
    ["wrk", "wrk"],
    ["nginx", "nginx-light"],
  ]);
}

/** A production build, made once if there is none. */
export async function ensureBuild() {
  if (existsSync(".next/BUILD_ID")) return;
  execFileSync("npm", ["run", "build"], { stdio: "inherit" });
}

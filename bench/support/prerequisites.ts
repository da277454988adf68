import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

/** wrk (load) and nginx (baseline) from Debian's packages, installed when missing and we are root. */
export async function ensureTools() {
  const missing = [
    ["wrk", "wrk"],
    ["nginx", "nginx-light"],
  ].filter(([command]) => !has(command));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`Install ${missing.map(([, pkg]) => pkg).join(" ")} (apt-get install -y …) and run again`);
  execFileSync("apt-get", ["install", "-y", "-q", ...missing.map(([, pkg]) => pkg)], { stdio: "inherit" });
}

/** A production build, made once if there is none. */
export async function ensureBuild() {
  if (existsSync(".next/BUILD_ID")) return;
  execFileSync("npm", ["run", "build"], { stdio: "inherit" });
}

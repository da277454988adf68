// Debian programs the tests run as real peers (Prometheus, Alertmanager), installed when missing and allowed.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Installs Debian's `pkg` when `binary` is missing and allowed (root with apt), else says what to install. */
export function ensureDebianPackage(binary: string, pkg: string, neededBy: string): string {
  if (existsSync(binary)) return binary;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    throw new Error(`${neededBy} needs it: sudo apt-get install -y ${pkg}`);
  }
  const install = () =>
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", pkg], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      stdio: "ignore",
    });
  try {
    install();
  } catch {
    execFileSync("apt-get", ["update"], { stdio: "ignore" });
    install();
  }
  return binary;
}

#!/usr/bin/env node
// The probe as a package bin: runs probe/main.ts with the same loader as Beacon's other scripts.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const child = spawn(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", join(root, "probe/main.ts"), ...process.argv.slice(2)],
  {
    stdio: "inherit",
    cwd: root,
  },
);
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

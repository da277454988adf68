// nginx in front of the behind-nginx journey's server, configured with exactly the README's nginx block (only the
// upstream's port and the cache folder are swapped for the test's), so the documentation cannot drift from what
// works. Runs in the foreground until Playwright stops it. Usage: nginx-front.ts <beacon port>
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ensureCommands } from "@/bench/support/prerequisites";

/** The README's ```nginx block, as written. */
export function readmeNginxConfig(readme: string): string {
  const block = readme.match(/^( *)```nginx\n([\s\S]*?)^\1```/m);
  if (!block) throw new Error("README.md has no ```nginx block");
  const indent = block[1].length;
  return block[2]
    .split("\n")
    .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
    .join("\n");
}

function swapOnce(config: string, from: string, to: string): string {
  const count = config.split(from).length - 1;
  if (count !== 1) throw new Error(`The README's nginx block should name ${from} once, not ${count} times`);
  return config.replace(from, to);
}

const beaconPort = Number(process.argv[2]);
if (!Number.isInteger(beaconPort)) throw new Error("usage: nginx-front.ts <beacon port>");
ensureCommands([["nginx", "nginx-light"]]);

const dir = path.resolve(".e2e-data/nginx");
await rm(dir, { recursive: true, force: true });
await mkdir(path.join(dir, "tmp"), { recursive: true });
let documented = readmeNginxConfig(readFileSync("README.md", "utf8"));
documented = swapOnce(documented, "server 127.0.0.1:3000;", `server 127.0.0.1:${beaconPort};`);
documented = swapOnce(documented, "/var/cache/nginx/beacon", path.join(dir, "cache"));
const conf = `
${process.getuid?.() === 0 ? "user root;" : ""}
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
${documented}
}`;
await writeFile(path.join(dir, "nginx.conf"), conf);
const nginx = spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "inherit" });
nginx.on("exit", (code) => process.exit(code ?? 1));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => nginx.kill("SIGQUIT"));

import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { request } from "node:http";
import path from "node:path";

export type NginxFiles = Record<string, { body: Buffer; contentType: string; brotli: Buffer }>;

/**
 * nginx serving `files` (URL path → bytes) from a scratch folder: the static-file baseline. Started as root, its
 * workers run unprivileged, so every folder above `dir` must be world-readable (verifyNginx checks they got in).
 */
export async function startNginx(dir: string, port: number, files: NginxFiles): Promise<ChildProcess> {
  const root = path.join(dir, "root");
  const locations: string[] = [];
  for (const [urlPath, file] of Object.entries(files)) {
    const name = urlPath === "/" ? "index.html" : urlPath.slice(1);
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), file.body);
    await writeFile(path.join(root, `${name}.br`), file.brotli);
    // Clients that accept brotli get the very bytes Beacon sends them, with the same encoding header.
    locations.push(
      `location = ${urlPath} { default_type "${file.contentType}"; add_header Vary Accept-Encoding; ` +
        `if ($http_accept_encoding ~ br) { rewrite ^ /br${urlPath === "/" ? "/index.html" : urlPath} last; } try_files /${name} =404; }`,
      `location = /br${urlPath === "/" ? "/index.html" : urlPath} { internal; default_type "${file.contentType}"; ` +
        `add_header Content-Encoding br; add_header Vary Accept-Encoding; alias ${path.join(root, `${name}.br`)}; }`,
    );
  }
  const conf = `
worker_processes auto;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types {}
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    ${locations.join("\n    ")}
  }
}`;
  await mkdir(path.join(dir, "tmp"), { recursive: true });
  await writeFile(path.join(dir, "nginx.conf"), conf);
  const nginx = spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "inherit" });
  await new Promise((resolve) => setTimeout(resolve, 500));
  return nginx;
}

/** Throws unless nginx answers every route, in both encodings, with exactly the bytes Beacon sent. */
export async function verifyNginx(origin: string, files: NginxFiles): Promise<void> {
  for (const [urlPath, file] of Object.entries(files)) {
    for (const [encoding, expected] of [
      ["identity", file.body],
      ["br", file.brotli],
    ] as const) {
      const { status, body } = await rawGet(`${origin}${urlPath}`, encoding);
      if (status !== 200 || !body.equals(expected)) {
        throw new Error(
          `nginx answered ${urlPath} (${encoding}) with ${status} and ${body.byteLength} bytes, not the ${expected.byteLength} bytes Beacon sent`,
        );
      }
    }
  }
}

function rawGet(url: string, acceptEncoding: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { "accept-encoding": acceptEncoding } }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => resolve({ status: answer.statusCode ?? 0, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

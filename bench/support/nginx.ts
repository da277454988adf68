import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** nginx serving `files` (URL path → bytes) from a scratch folder: the static-file baseline. */
export async function startNginx(dir: string, port: number, files: Record<string, { body: Buffer; contentType: string; brotli: Buffer }>): Promise<ChildProcess> {
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

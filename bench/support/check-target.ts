import { spawn } from "node:child_process";

/** An HTTP target for monitors to check, in its own process so that its CPU is not counted as Beacon's. */
export async function startCheckTarget(): Promise<{ url: string; stop: () => void }> {
  const source = "require('http').createServer((q,s)=>s.end('ok')).listen(0,'127.0.0.1',function(){console.log(this.address().port)})";
  const child = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve) => child.stdout.once("data", (chunk) => resolve(String(chunk).trim())));
  return { url: `http://127.0.0.1:${port}/health`, stop: () => child.kill() };
}

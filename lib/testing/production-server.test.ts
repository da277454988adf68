import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { productionEnv, productionNodeFlags } from "./production-server";

function packageJsonWithStart(start: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "beacon-start-")), "package.json");
  writeFileSync(file, JSON.stringify({ scripts: { start } }));
  return file;
}

describe("npm start as the benches run it", () => {
  const file = packageJsonWithStart(
    "NODE_ENV=production MALLOC_ARENA_MAX=1 node --max-semi-space-size=2 --v8-pool-size=1 .next/beacon/server.mjs",
  );

  it("reads the Node flags between node and the server", () => {
    expect(productionNodeFlags(file)).toEqual(["--max-semi-space-size=2", "--v8-pool-size=1"]);
  });

  it("reads the variables set before node", () => {
    expect(productionEnv(file)).toEqual({ NODE_ENV: "production", MALLOC_ARENA_MAX: "1" });
  });

  it("reads no variables when the script sets none", () => {
    expect(productionEnv(packageJsonWithStart("node .next/beacon/server.mjs"))).toEqual({});
  });
});

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isLightPage, islandsScriptSrc, lightenPage } from "./light-page";

const NEXT_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>' +
  '<script src="/_next/static/chunks/main.js" async=""></script><title>Status</title></head>' +
  '<body><main id="main"><h1>All Systems Operational</h1></main>' +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}</"])</script></body></html>';

describe("light public pages", () => {
  it("drop Next's scripts, script preloads and RSC payload, keep the styles and load the islands script", () => {
    const light = lightenPage(NEXT_PAGE, "/islands/islands-ABC.js", () => null);
    expect(light).not.toContain("/_next/static/chunks/main.js");
    expect(light).not.toContain("webpack.js");
    expect(light).not.toContain("__next_f");
    expect(light).toContain('<link rel="stylesheet" href="/_next/static/chunks/app.css"');
    expect(light).toContain('<script type="module" src="/islands/islands-ABC.js"></script></head>');
    expect(light).toContain("<h1>All Systems Operational</h1>");
    expect([...light.matchAll(/<script\b/g)]).toHaveLength(1);
  });

  it("inline the build's stylesheets, so the first paint waits for no request", () => {
    const light = lightenPage(NEXT_PAGE, "/islands/islands-ABC.js", (href) =>
      href === "/_next/static/chunks/app.css" ? "main{color:red}" : null,
    );
    expect(light).toContain("<style>main{color:red}</style>");
    expect(light).not.toContain('rel="stylesheet"');
  });

  it("keep a stylesheet linked when it cannot be read or would close its style element", () => {
    expect(lightenPage(NEXT_PAGE, "/islands/islands-ABC.js", () => "a{}</style><script>")).toContain('rel="stylesheet"');
  });

  it("are the status page, incidents, maintenance, history and the widget; not /subscribe, feeds or the API", () => {
    for (const key of ["/", "/history?page=2", "/incidents/abc", "/maintenance/abc", "/embed?theme=dark"]) {
      expect(isLightPage(key), key).toBe(true);
    }
    for (const key of ["/subscribe", "/history.atom", "/api/v2/summary.json", "/embed.js", "/islands/islands-ABC.js"]) {
      expect(isLightPage(key), key).toBe(false);
    }
  });

  it("find the islands script in the build's manifest, and none when nothing was built", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "beacon-manifest-"));
    const manifest = path.join(dir, "manifest.json");
    await writeFile(
      manifest,
      JSON.stringify({
        outputs: {
          ".next/beacon/islands/chart-X1.js": { entryPoint: "components/islands/response-time-chart-island.tsx" },
          ".next/beacon/islands/islands-Y2.js": { entryPoint: "components/islands/islands.ts" },
        },
      }),
    );
    expect(islandsScriptSrc(manifest)).toBe("/islands/islands-Y2.js");
    expect(islandsScriptSrc(path.join(dir, "missing.json"))).toBeNull();
    await rm(dir, { recursive: true, force: true });
  });
});

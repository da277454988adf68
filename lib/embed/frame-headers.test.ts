import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

// Matches next.config's header rules the way a production build does (routes-manifest regexes; the last rule wins).
async function headersFor(pathname: string): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const result: Record<string, string> = {};
  for (const rule of rules) {
    const { regex } = buildCustomRoute("header", rule);
    if (!new RegExp(regex).test(pathname)) continue;
    for (const { key, value } of rule.headers) result[key.toLowerCase()] = value;
  }
  return result;
}

describe("framing rules", () => {
  it("lets any site frame the /embed widget", async () => {
    expect(await headersFor("/embed")).toEqual({ "content-security-policy": "frame-ancestors *" });
  });

  it.each(["/", "/history", "/incidents/abc", "/admin", "/admin/login", "/embed.js", "/embedded", "/embed/other", "/api/v2/summary.json"])(
    "refuses framing of %s",
    async (pathname) => {
      expect(await headersFor(pathname)).toEqual({ "x-frame-options": "DENY", "content-security-policy": "frame-ancestors 'none'" });
    },
  );
});

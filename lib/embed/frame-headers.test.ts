import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { describe, expect, it } from "vitest";
import { hashPolicy, noncePolicy } from "@/lib/http/content-security-policy";
import nextConfig from "@/next.config.mjs";

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

const everywhere = { "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" };

describe("framing rules", () => {
  it("lets any site frame the /embed widget", async () => {
    expect(await headersFor("/embed")).toEqual(everywhere);
    for (const policy of [noncePolicy("/embed", "n0nce"), hashPolicy("/embed", "<p>widget</p>")]) {
      expect(policy).toContain("frame-ancestors *");
    }
  });

  it.each(["/", "/history", "/incidents/abc", "/admin", "/admin/login", "/embed.js", "/embedded", "/embed/other", "/api/v2/summary.json"])(
    "refuses framing of %s",
    async (pathname) => {
      expect(await headersFor(pathname)).toEqual({ ...everywhere, "x-frame-options": "DENY" });
      for (const policy of [noncePolicy(pathname, "n0nce"), hashPolicy(pathname, "<p>page</p>")]) {
        expect(policy).toContain("frame-ancestors 'none'");
      }
    },
  );
});

import { describe, expect, it } from "vitest";
import { publicRule } from "./access-rule";
import { robotsTxt, sitemapXml } from "./crawlers";

const page = (url: string, kind: "public" | "password") => ({
  url,
  access: { ...publicRule("p"), kind },
  paths: ["/", "/history", "/incidents/abc"],
  lastModified: new Date("2026-11-01T00:00:00Z"),
});

describe("what crawlers are told", () => {
  it("a public page is in the sitemap and robots.txt points to it", () => {
    const pages = [page("https://status.acme.test", "public")];
    expect(robotsTxt("https://status.acme.test", pages)).toContain("Sitemap: https://status.acme.test/sitemap.xml");
    expect(robotsTxt("https://status.acme.test", pages)).not.toMatch(/^Disallow: \/$/m);
    const sitemap = sitemapXml(pages);
    expect(sitemap).toContain("<loc>https://status.acme.test/</loc>");
    expect(sitemap).toContain("<loc>https://status.acme.test/incidents/abc</loc>");
  });

  it("a private page is never in the sitemap, and robots.txt forbids it", () => {
    const pages = [page("https://status.acme.test", "password")];
    expect(robotsTxt("https://status.acme.test", pages)).toMatch(/^Disallow: \/$/m);
    expect(robotsTxt("https://status.acme.test", pages)).not.toContain("Sitemap:");
    expect(sitemapXml(pages)).not.toContain("<url>");
  });

  it("with several pages on one host, only the private one is forbidden", () => {
    const pages = [page("https://acme.test/p/public", "public"), page("https://acme.test/p/internal", "password")];
    const robots = robotsTxt("https://acme.test", pages);
    expect(robots).toContain("Disallow: /p/internal");
    expect(robots).not.toContain("Disallow: /p/public");
    expect(sitemapXml(pages)).not.toContain("internal");
  });
});

import type { PageAccessRule } from "./access-rule";

// robots.txt and sitemap.xml: public pages invite crawlers; a private page never appears, and forbids crawling.

export interface CrawledPage {
  /** The page's public URL (its root, e.g. https://status.acme.com or https://acme.com/p/api). */
  url: string;
  access: PageAccessRule;
  /** Paths under the page's root worth indexing: the page, history, incidents. */
  paths: string[];
  lastModified: Date | null;
}

export function robotsTxt(origin: string, pages: CrawledPage[]): string {
  const open = pages.filter((page) => page.access.kind === "public");
  const lines = ["User-agent: *"];
  for (const page of pages.filter((p) => p.access.kind !== "public")) lines.push(`Disallow: ${pathOf(page.url, origin)}`);
  lines.push("Disallow: /admin", "Disallow: /access", "Disallow: /subscribe/");
  if (open.length) lines.push("", `Sitemap: ${origin.replace(/\/$/, "")}/sitemap.xml`);
  return `${lines.join("\n")}\n`;
}

export function sitemapXml(pages: CrawledPage[]): string {
  const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const urls = pages
    .filter((page) => page.access.kind === "public")
    .flatMap((page) =>
      page.paths.map((path) => {
        const lastmod = page.lastModified ? `<lastmod>${page.lastModified.toISOString()}</lastmod>` : "";
        return `<url><loc>${escapeXml(page.url.replace(/\/$/, "") + (path === "/" ? "/" : path))}</loc>${lastmod}</url>`;
      }),
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join("")}</urlset>\n`;
}

/** A page's root path on this origin ("/" for a page on its own host). */
function pathOf(url: string, origin: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(origin).origin ? parsed.pathname || "/" : "/";
  } catch {
    return "/";
  }
}

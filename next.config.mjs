// Plain JavaScript, not TypeScript: Next compiles a next.config.ts with its SWC binary at every start, which then
// stays mapped in the server (about 24 MB of RSS) for nothing else.
import createNextIntlPlugin from "next-intl/plugin";
import { COMMON_HEADERS, FRAME_REFUSAL, FRAMEABLE_PATH } from "./lib/http/common-headers.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Route modules load when first asked for, not all at start: public pages are prepared bytes, and the console's
  // many routes need not sit in memory until an admin opens them (less RSS, a faster first 200).
  experimental: { preloadEntriesOnStart: false },
  typedRoutes: false,
  // /incidents/<id>.md shares its folder with the incident page, so its route handler lives under /api/markdown.
  async rewrites() {
    return [{ source: "/incidents/:id.md", destination: "/api/markdown/incidents/:id" }];
  },
  // Only the /embed widget may be framed (by any site); everything else refuses framing (clickjacking). The
  // Content-Security-Policy (scripts and frame-ancestors) is set per response: proxy.ts and front-server/.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: COMMON_HEADERS.map(([key, value]) => ({ key, value })),
      },
      {
        source: `/:path((?!${FRAMEABLE_PATH.slice(1)}$).*)`,
        headers: [{ key: FRAME_REFUSAL[0], value: FRAME_REFUSAL[1] }],
      },
    ];
  },
};

// Public texts in the reader's language (lib/i18n): next-intl reads its per-request configuration from request.ts.
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);

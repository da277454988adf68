import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  typedRoutes: false,
  // /incidents/<id>.md shares its folder with the incident page, so its route handler lives under /api/markdown.
  async rewrites() {
    return [{ source: "/incidents/:id.md", destination: "/api/markdown/incidents/:id" }];
  },
  // Only the /embed widget may be framed (by any site); everything else refuses framing (clickjacking).
  async headers() {
    return [
      { source: "/embed", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
      {
        source: "/:path((?!embed$).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

export default nextConfig;

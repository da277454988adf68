import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  typedRoutes: false,
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

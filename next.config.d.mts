// The type of next.config.mjs for TypeScript callers (its header-rule test): the config is plain JavaScript so that
// Next does not load its compiler at every start.
import type { NextConfig } from "next";

declare const nextConfig: NextConfig;
export default nextConfig;

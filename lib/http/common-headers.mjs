// Headers every response carries, whoever answers it: Next (next.config.mjs `headers()`) or the direct render of a
// public route (lib/direct-render/render.ts). Plain JavaScript, so next.config.mjs can import it without a compiler.

/** On every response. */
export const COMMON_HEADERS = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
];

/** Only the /embed widget may be framed (by any site); everything else refuses framing (clickjacking). */
export const FRAMEABLE_PATH = "/embed";
export const FRAME_REFUSAL = ["X-Frame-Options", "DENY"];

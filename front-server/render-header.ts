/** Carries the front server's per-process token on the renders it asks Next for (front-handler.ts, proxy.ts). */
export const RENDER_HEADER = "x-beacon-render";

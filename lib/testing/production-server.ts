/** The production server as `npm start` runs it: server.ts compiled by `npm run build` (no TypeScript loader at run time). */
export const PRODUCTION_SERVER_ENTRY = ".next/beacon/server.mjs";

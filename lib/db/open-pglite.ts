import "server-only";
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Database } from "./database";

/**
 * Embedded Postgres (PGlite) in a data folder, or in memory when `dataDir` is undefined.
 * Opening takes seconds, so it happens once at boot.
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  // Postgres' default 128 MB of shared buffers is WASM memory held for good; a status page's store needs far less
  // (the public surface reads the in-memory model, never the store): about 130 MB less RSS.
  const pglite = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"] });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: "pglite",
    prisma,
    // PGlite has one connection: sessions are used at boot, before Prisma serves any request.
    withSession: (work) =>
      work({
        query: async (text, params) => (await pglite.query(text, params)).rows as never[],
        exec: async (text) => void (await pglite.exec(text)),
      }),
    // In-process: notices arrive with the statements that raise them, and the store cannot be unreachable.
    followChanges(channel, follower) {
      let unlisten: (() => Promise<void>) | undefined;
      let stopped = false;
      void pglite
        .listen(channel, (payload) => follower.onChange(payload))
        .then((stop) => {
          unlisten = stop;
          if (stopped) void stop();
        });
      follower.onHealth(true);
      return () => {
        stopped = true;
        void unlisten?.();
      };
    },
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

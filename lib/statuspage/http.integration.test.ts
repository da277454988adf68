import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { get, V2_ROUTES } from "@/e2e/support/v2-routes";
import { provideDatabase } from "@/lib/db/boot";
import { LIVE_CACHE_CONTROL } from "@/lib/http/public-response";
import { DATABASE_KINDS, openDemoDatabase, openEmptyDatabase } from "@/lib/testing/databases";

describe.each(DATABASE_KINDS)("Statuspage v2 HTTP behaviour on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, new Date())));
  afterAll(() => dispose());

  for (const route of V2_ROUTES) {
    it(`${route.path}: CORS for any origin, an ETag, and 304 when the client has it`, async () => {
      const first = await get(route);
      expect(first.status).toBe(200);
      expect(first.headers.get("access-control-allow-origin")).toBe("*");
      expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(first.headers.get("cache-control")).toBe(LIVE_CACHE_CONTROL);
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^"[\w-]+"$/);

      const again = await get(route, { "if-none-match": etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("access-control-allow-origin")).toBe("*");
    });

    it(`${route.path}: HEAD answers like GET without a body`, async () => {
      const body = await (await get(route)).text();
      const head = await get(route, {}, "HEAD");
      expect(head.status).toBe(200);
      expect(await head.text()).toBe("");
      expect(head.headers.get("content-length")).toBe(String(new TextEncoder().encode(body).byteLength));
      expect((await get(route, { "if-none-match": head.headers.get("etag")! }, "HEAD")).status).toBe(304);
    });
  }
});

describe("Statuspage v2 while the store is down", () => {
  beforeAll(async () => {
    const { db, dispose } = await openEmptyDatabase("pglite");
    await dispose(); // a closed store: every query fails, as when Postgres is unreachable
    provideDatabase(db);
  });
  afterAll(() => void vi.restoreAllMocks());

  for (const route of V2_ROUTES) {
    it(`${route.path} answers 503 store_unavailable, readable from any origin and never cached, logging its reference`, async () => {
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const response = await get(route);
      expect(response.status).toBe(503);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("retry-after")).toBe("5");
      const { error } = await response.json();
      expect(error.code).toBe("store_unavailable");
      const reference = /reference ([\w-]+)/.exec(error.message)![1];
      expect(log).toHaveBeenCalledWith(expect.stringContaining(reference), expect.any(Error));
      const head = await get(route, {}, "HEAD");
      expect([head.status, await head.text()]).toEqual([503, ""]);
    });
  }
});

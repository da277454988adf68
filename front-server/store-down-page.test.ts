import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createFrontHandler } from "./front-handler";
import type { PublicCache } from "./public-cache";
import { isAdminPageLoad } from "./store-down-page";

// Admin pages while the store is known down: the front server's own 503 page, never Next (whose session check
// would wait for the store and fail); a form's submit still reaches Next, which answers in the form.

async function serve(storeDown: boolean, run: (origin: string) => Promise<void>) {
  const cache = { peek: () => undefined, lookup: async () => undefined } as unknown as PublicCache;
  const next = (_request: unknown, response: import("node:http").ServerResponse) => void response.writeHead(200).end("next");
  const server = createServer(createFrontHandler(cache, next, "token", undefined, undefined, () => storeDown));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

describe("admin pages with the store down", () => {
  it("answer 503 with the store-unavailable page, sign-in included; a POST still goes to Next", async () => {
    await serve(true, async (origin) => {
      for (const path of ["/admin", "/admin/login", "/admin/incidents?page=2"]) {
        const answer = await fetch(`${origin}${path}`);
        expect(answer.status, path).toBe(503);
        expect(answer.headers.get("retry-after")).toBe("5");
        expect(await answer.text()).toContain("The incident store is unavailable");
      }
      expect(await (await fetch(`${origin}/admin/incidents/new`, { method: "POST" })).text()).toBe("next");
      expect(await (await fetch(`${origin}/administrator`)).text()).toBe("next");
    });
  });

  it("go to Next while the store answers", async () => {
    await serve(false, async (origin) => expect((await fetch(`${origin}/admin`)).status).toBe(200));
  });

  it("are /admin and what is under it, read with GET or HEAD", () => {
    expect(isAdminPageLoad({ method: "HEAD", url: "/admin/" })).toBe(true);
    expect(isAdminPageLoad({ method: "GET", url: "/admins" })).toBe(false);
    expect(isAdminPageLoad({ method: "PUT", url: "/admin" })).toBe(false);
  });
});

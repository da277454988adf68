import { describe, expect, it } from "vitest";
import { pageRoutesOf, resolvePageAddress, UNKNOWN_PAGE_KEY } from "@/lib/page-addressing/addressing";
import { pageKeyOf } from "./page-key";

const routes = pageRoutesOf(
  [
    { id: "page", slug: "default", domains: ["status.acme.test"] },
    { id: "p2", slug: "staff", domains: ["Staff.Acme.test"] },
  ],
  "page",
);
const keyOf = (url: string, host = "localhost", method = "GET", internal = false) => {
  const address = resolvePageAddress(url, host, routes, internal);
  return { address, key: pageKeyOf({ method, url: address.url, headers: {} }, address, undefined) };
};

describe("a request's page and key", () => {
  it("keeps the default page's keys as they always were, on any host no page claims", () => {
    expect(keyOf("/history?page=1").key).toBe("/history?page=1");
    expect(keyOf("/", "anything.test").key).toBe("/");
    expect(keyOf("/", "status.acme.test").address).toMatchObject({ pageId: "page", base: "" });
  });

  it("keys a page under /p/<slug> by that URL, and strips the prefix for Next", () => {
    expect(keyOf("/p/staff/api/v2/summary.json")).toMatchObject({
      key: "/p/staff/api/v2/summary.json",
      address: { pageId: "p2", url: "/api/v2/summary.json", base: "/p/staff" },
    });
    expect(keyOf("/p/staff").key).toBe("/p/staff/");
    expect(keyOf("/p/default/history").address.pageId).toBe("page");
  });

  it("keys a page on its own domain apart from the same path elsewhere (its links differ)", () => {
    expect(keyOf("/history", "staff.acme.test:8443")).toMatchObject({
      key: "/@staff/history",
      address: { pageId: "p2", url: "/history", base: "" },
    });
    // Only the front server's own renders read that form back; from outside it is an unknown path of the default page.
    expect(keyOf("/@staff/history", "localhost", "GET", true).address).toMatchObject({ pageId: "p2", url: "/history" });
    expect(keyOf("/@staff/history").address.pageId).toBe("page");
  });

  it("folds every unknown slug into one key, and leaves writes to Next", () => {
    expect(keyOf("/p/nope/history").key).toBe(UNKNOWN_PAGE_KEY);
    expect(keyOf("/p/other").key).toBe(UNKNOWN_PAGE_KEY);
    expect(keyOf("/p/nope/subscribe", "localhost", "POST").key).toBeNull();
    expect(keyOf("/p/staff/subscribe", "localhost", "POST")).toMatchObject({ key: null, address: { url: "/subscribe", pageId: "p2" } });
  });
});

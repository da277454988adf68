import { describe, expect, it } from "vitest";
import type { DirectRequest, PublicSurfaceBridge } from "@/lib/public-surface/bridge";
import { directFirst, directRenderOf } from "./direct-first";
import type { RenderedResponse } from "./public-cache";

const pages = {
  defaultId: "page",
  slugs: new Map([
    ["main", "page"],
    ["staff", "page_staff"],
  ]),
  domains: new Map([["status.staff.test", "staff"]]),
};

/** A bridge whose direct renderer records what it was asked and answers every request. */
function bridgeAsking(asked: DirectRequest[]): PublicSurfaceBridge {
  return {
    version: 1,
    storeHealthy: true,
    lastHealthyAt: 0,
    listeners: new Set(),
    refs: { incidents: new Set(), maintenances: new Set(), components: new Set(), historyPages: 1, pages },
    renderDirect: async (request) => {
      asked.push(request);
      return { status: 200, headers: [["content-type", "application/json"]], body: Buffer.from("direct") };
    },
  };
}

const throughNext = async (key: string): Promise<RenderedResponse> => ({ status: 200, headers: [], body: Buffer.from(`next ${key}`) });

describe("directFirst", () => {
  it("renders a non-HTML route straight from the model, on the page the key names", async () => {
    const asked: DirectRequest[] = [];
    const render = directFirst(
      directRenderOf(bridgeAsking(asked), () => "127.0.0.1:3000"),
      throughNext,
    );
    expect((await render("/p/staff/api/v2/summary.json")).body.toString()).toBe("direct");
    expect((await render("/@staff/badge.svg?style=flat")).body.toString()).toBe("direct");
    expect((await render("/history.atom?lang=de")).body.toString()).toBe("direct");
    expect(asked).toEqual([
      { route: "api/v2/summary.json", url: "/api/v2/summary.json", pageId: "page_staff" },
      { route: "badge.svg", url: "/badge.svg?style=flat", pageId: "page_staff" },
      { route: "history.atom", url: "/history.atom?lang=de", pageId: "page" },
    ]);
  });

  it("leaves HTML pages, unknown pages and unknown paths to Next", async () => {
    const asked: DirectRequest[] = [];
    const render = directFirst(
      directRenderOf(bridgeAsking(asked), () => "127.0.0.1:3000"),
      throughNext,
    );
    for (const key of ["/", "/p/staff/history", "/p/~/badge.svg", "/nope.json"]) {
      expect((await render(key)).body.toString()).toBe(`next ${key}`);
    }
    expect(asked).toEqual([]);
  });

  it("renders through Next what the direct renderer declines, or while none is registered", async () => {
    const declining: PublicSurfaceBridge = { ...bridgeAsking([]), renderDirect: async () => null };
    const render = directFirst(
      directRenderOf(declining, () => "127.0.0.1:3000"),
      throughNext,
    );
    expect((await render("/badge.svg")).body.toString()).toBe("next /badge.svg");
    const unregistered: PublicSurfaceBridge = { ...bridgeAsking([]), renderDirect: undefined };
    expect(
      (
        await directFirst(
          directRenderOf(unregistered, () => "127.0.0.1:3000"),
          throughNext,
        )("/badge.svg")
      ).body.toString(),
    ).toBe("next /badge.svg");
  });
});

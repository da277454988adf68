import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { EMBED_SCRIPT } from "./embed-script";

// Runs the served script against a small stand-in of the browser's DOM: enough to see what it mounts and stores.

class FakeNode {
  children: FakeNode[] = [];
  attributes: Record<string, string> = {};
  listeners: Record<string, (() => void)[]> = {};
  style = { cssText: "" };
  parentNode: FakeNode | null = null;
  shadowRoot: FakeNode | null = null;
  textContent = "";
  className = "";
  href = "";
  target = "";
  rel = "";
  type = "";
  constructor(readonly tagName: string) {}
  appendChild(child: FakeNode) {
    child.parentNode = this;
    this.children.push(child);
    return child;
  }
  removeChild(child: FakeNode) {
    this.children = this.children.filter((c) => c !== child);
    child.parentNode = null;
  }
  setAttribute(name: string, value: string) {
    this.attributes[name] = String(value);
  }
  getAttribute(name: string) {
    return this.attributes[name] ?? null;
  }
  addEventListener(type: string, listener: () => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  attachShadow() {
    return (this.shadowRoot = new FakeNode("#shadow-root"));
  }
  find(className: string): FakeNode | undefined {
    for (const child of this.children) {
      if (child.className === className) return child;
      const found = child.find(className);
      if (found) return found;
    }
  }
}

const INCIDENT = (updateId: string, status: string) => ({
  incidents: [
    {
      id: "inc1",
      name: "API errors",
      status,
      impact: "critical",
      incident_updates: [{ id: updateId, status, display_at: new Date().toISOString() }],
    },
  ],
  scheduled_maintenances: [],
});
const OPERATIONAL = { incidents: [], scheduled_maintenances: [] };

function browser(options: { summary?: unknown; failFetch?: boolean; storage?: Map<string, string>; refresh?: string } = {}) {
  const body = new FakeNode("body");
  const script = new FakeNode("script");
  script.setAttribute("src", "https://status.example.com/embed.js");
  if (options.refresh) script.setAttribute("data-refresh-seconds", options.refresh);
  const storage = options.storage ?? new Map<string, string>();
  const timers: { run: () => void; ms: number }[] = [];
  const consoleCalls: unknown[] = [];
  const state = { summary: options.summary ?? OPERATIONAL, fetches: [] as string[] };
  const context: Record<string, unknown> = {
    document: {
      currentScript: Object.assign(script, { src: "https://status.example.com/embed.js" }),
      readyState: "complete",
      hidden: false,
      body,
      createElement: (tag: string) => new FakeNode(tag),
      addEventListener: () => {},
    },
    location: { href: "https://shop.example.org/checkout" },
    window: { localStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) } },
    fetch: (url: string) => {
      state.fetches.push(url);
      return options.failFetch ? Promise.reject(new TypeError("offline")) : Promise.resolve({ ok: true, json: async () => state.summary });
    },
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    URL,
    console: new Proxy(
      {},
      {
        get:
          () =>
          (...args: unknown[]) =>
            consoleCalls.push(args),
      },
    ),
  };
  const globalsBefore = Object.keys(context);
  runInNewContext(EMBED_SCRIPT, context);
  const notice = () => body.children.find((c) => c.tagName === "beacon-status-notice")?.shadowRoot ?? null;
  return { body, context, globalsBefore, storage, timers, consoleCalls, state, notice };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("/embed.js in a host page", () => {
  it("shows nothing, leaks no globals and logs nothing while all systems are operational", async () => {
    const page = browser();
    await settle();
    expect(page.state.fetches).toEqual(["https://status.example.com/api/v2/summary.json"]);
    expect(page.notice()).toBeNull();
    expect(Object.keys(page.context)).toEqual(page.globalsBefore);
    expect(page.consoleCalls).toEqual([]);
  });

  it("shows an open incident in a shadow root as a status with a link and a labelled close button", async () => {
    const page = browser({ summary: INCIDENT("u1", "investigating") });
    await settle();
    const root = page.notice()!;
    expect(root).not.toBeNull();
    expect(root.find("box")?.getAttribute("role")).toBe("status");
    expect(root.find("title")).toMatchObject({
      textContent: "API errors",
      href: "https://status.example.com/incidents/inc1",
      target: "_blank",
      rel: "noopener",
    });
    expect(root.find("status")?.textContent).toBe("Investigating");
    expect(root.find("close")).toMatchObject({ type: "button", attributes: { "aria-label": "Dismiss status notice" } });
  });

  it("remembers a dismissal across page loads until the incident gets a new update", async () => {
    const storage = new Map<string, string>();
    const first = browser({ summary: INCIDENT("u1", "investigating"), storage });
    await settle();
    first.notice()!.find("close")!.listeners.click[0]();
    expect(first.notice()).toBeNull();

    const reload = browser({ summary: INCIDENT("u1", "investigating"), storage });
    await settle();
    expect(reload.notice()).toBeNull();

    reload.state.summary = INCIDENT("u2", "identified");
    reload.timers.at(-1)!.run();
    await settle();
    expect(reload.notice()?.find("status")?.textContent).toBe("Identified");
  });

  it("removes the notice once the incident is resolved", async () => {
    const page = browser({ summary: INCIDENT("u1", "investigating") });
    await settle();
    page.state.summary = OPERATIONAL;
    page.timers.at(-1)!.run();
    await settle();
    expect(page.notice()).toBeNull();
  });

  it("stays silent when the API cannot be reached and polls again at data-refresh-seconds", async () => {
    const page = browser({ failFetch: true, refresh: "5" });
    await settle();
    expect(page.notice()).toBeNull();
    expect(page.timers.map((t) => t.ms)).toEqual([5000]);
    expect(page.consoleCalls).toEqual([]);
  });

  it("does nothing and throws nothing when it cannot find its own script tag or the DOM misbehaves", () => {
    expect(() => runInNewContext(EMBED_SCRIPT, { document: { currentScript: null } })).not.toThrow();
    const hostile = {
      get currentScript(): never {
        throw new Error("blocked");
      },
    };
    expect(() => runInNewContext(EMBED_SCRIPT, { document: hostile })).not.toThrow();
  });

  it("stays a few kilobytes", () => {
    expect(Buffer.byteLength(EMBED_SCRIPT)).toBeLessThan(10_000);
  });
});

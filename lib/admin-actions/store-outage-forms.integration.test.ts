import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { formOf } from "@/lib/testing/form-of";
import { OUTAGE_TIMEOUTS, openPostgresBehindProxy, restoreStore } from "@/lib/testing/postgres-behind-proxy";
import type { TcpProxy } from "@/lib/testing/tcp-proxy";

// The admin forms' server actions while Postgres is stopped: the form gets the outage message and what was
// typed (so nothing is lost), not an error page. The session is stubbed: there is no request to read cookies from.

vi.mock("@/lib/auth/session", () => ({
  requireAdmin: async () => ({ userId: "u1", email: "olive@example.com", name: "Olive", role: "owner" }),
  actorOf: () => ({ type: "user", id: "u1", label: "olive@example.com" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const MESSAGE = "The incident store is unavailable; nothing was saved. Try again when it is back.";

let db: Database;
let proxy: TcpProxy;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ db, proxy, dispose } = await openPostgresBehindProxy());
  provideDatabase(db);
});
afterAll(() => dispose());
beforeEach(() => restoreStore(db, proxy));

const typed = { name: "Checkout failing", impact: "major", status: "investigating", message: "We are looking into **502s**." };

describe("admin form actions during a store outage", () => {
  it("opening an incident answers with the outage message and everything typed, and saves nothing", async () => {
    const { openIncident } = await import("@/app/admin/(console)/incidents/actions");
    proxy.cut();
    const state = await openIncident({}, formOf(typed));
    expect(state).toEqual({ ok: false, error: MESSAGE, values: typed });
    proxy.restore();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_TIMEOUTS.breakerResetMs + 200));
    expect(await db.prisma.incident.count()).toBe(0);
  });

  it("a create-token form keeps the name and the ticked scopes", async () => {
    const { createToken } = await import("@/app/admin/(console)/tokens/actions");
    proxy.cut();
    const form = formOf({ name: "deploy pipeline" });
    form.append("scopes", "incidents:write");
    form.append("scopes", "components:write");
    const state = await createToken({}, form);
    expect(state).toEqual({
      ok: false,
      error: MESSAGE,
      values: { name: "deploy pipeline", scopes: ["incidents:write", "components:write"] },
    });
  });

  it("other errors still pass through: a successful open redirects to the incident once the store is back", async () => {
    const { openIncident } = await import("@/app/admin/(console)/incidents/actions");
    await expect(openIncident({}, formOf(typed))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(await db.prisma.incident.count()).toBe(1);
  });
});

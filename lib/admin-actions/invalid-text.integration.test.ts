import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { formOf } from "@/lib/testing/form-of";

// Text the store cannot keep (a NUL byte; FormData itself replaces lone surrogates) in any admin form field is refused by the action
// builder, naming the field, before the domain or the store sees it. The session is stubbed: there is no request.

vi.mock("@/lib/auth/session", () => ({
  requireAdmin: async () => ({ userId: "u1", email: "olive@example.com", name: "Olive", role: "owner" }),
  actorOf: () => ({ type: "user", id: "u1", label: "olive@example.com" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, updateTag: () => undefined }));

describe.each(DATABASE_KINDS)("admin forms with text the store cannot keep, on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date()));
  });
  afterAll(() => dispose());

  it.each([
    ["a NUL byte in the name", { name: "Checkout\u0000failing", message: "Looking." }, "name"],
    ["a NUL byte in the message", { name: "Checkout failing", message: "Looking\u0000." }, "message"],
  ])("opening an incident with %s is refused naming the field, and saves nothing", async (_case, fields, field) => {
    const { openIncident } = await import("@/app/admin/(console)/incidents/actions");
    const before = await (await getPrisma()).incident.count();
    const state = await openIncident({}, formOf({ impact: "minor", status: "investigating", ...fields }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {})).toEqual([field]);
    expect(state.error).toMatch(/NUL bytes or invalid Unicode/);
    expect(await (await getPrisma()).incident.count()).toBe(before);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as postUpdate } from "@/app/api/admin/v1/incidents/[id]/updates/route";
import { POST as createIncident } from "@/app/api/admin/v1/incidents/route";
import { GET as componentBadge } from "@/app/badge/[ref]/route";
import { getPrisma } from "@/lib/db/boot";
import { apiRequest, expectApiError, ownerToken, routeParams } from "@/lib/testing/api-requests";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";

// Postgres refuses NUL in text: such input is a 422 naming the field or a 404, never a 500 with a stack trace.

describe.each(DATABASE_KINDS)("NUL bytes and invalid text on %s", (kind) => {
  let dispose: () => Promise<void>;
  let token: string;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date("2026-11-24T12:00:00Z")));
    token = await ownerToken(["incidents:write"]);
  });
  afterAll(() => dispose());

  it('{"name":"a\\u0000b"} is a 422 naming the field, and nothing is stored', async () => {
    const before = await (await getPrisma()).incident.count();
    const rawBody = '{"name":"a\\u0000b","impact":"minor","status":"investigating","message":"Looking."}';
    const error = await expectApiError(await createIncident(apiRequest("/incidents", { token, rawBody })), 422, "validation");
    expect(error.fields).toEqual({ name: ["name must not contain NUL bytes or invalid Unicode"] });
    const surrogate = '{"name":"ok","impact":"minor","status":"investigating","message":"half \\ud800 a pair"}';
    const second = await expectApiError(await createIncident(apiRequest("/incidents", { token, rawBody: surrogate })), 422, "validation");
    expect(Object.keys(second.fields!)).toEqual(["message"]);
    expect(await (await getPrisma()).incident.count()).toBe(before);
  });

  it("an id with a NUL byte in the path is a 404", async () => {
    const response = await postUpdate(apiRequest("/incidents/%00/updates", { token, body: { message: "x" } }), routeParams("\u0000"));
    await expectApiError(response, 404, "not_found");
  });

  it("/badge/x%00.svg is a 404 badge, and nothing is logged", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = await componentBadge(new Request("http://localhost/badge/x%00.svg"), {
        params: Promise.resolve({ ref: "x\u0000.svg" }),
      });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("image/svg+xml");
      expect(await response.text()).toContain("unknown");
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});

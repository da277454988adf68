import { afterEach, describe, expect, it, vi } from "vitest";
import { httpStatusOf, internalErrorResponse, mutationResponse } from "./errors";

describe("admin API errors", () => {
  afterEach(() => vi.restoreAllMocks());

  it("maps each mutation error to its HTTP status", () => {
    expect(httpStatusOf("validation")).toBe(422);
    expect(httpStatusOf("not_found")).toBe(404);
    expect(httpStatusOf("conflict")).toBe(409);
    expect(httpStatusOf("invalid_transition")).toBe(409);
  });

  it("a validation failure is 422 with the fields", async () => {
    const response = mutationResponse({
      ok: false,
      error: { code: "validation", message: "name is required", fields: { name: ["name is required"] } },
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: { code: "validation", message: "name is required", fields: { name: ["name is required"] } },
    });
  });

  it("a success carries the data with the given status and is not cached", async () => {
    const response = mutationResponse({ ok: true, data: { id: "i1" } }, 201);
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ id: "i1" });
  });

  it("an unexpected error is a 500 with a reference and without its message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = internalErrorResponse(new Error('relation "ApiToken" does not exist'));
    const body = await response.json();
    expect(response.status).toBe(500);
    expect(body.error).toMatchObject({ code: "internal", reference: expect.any(String) });
    expect(JSON.stringify(body)).not.toContain("ApiToken");
    expect(log).toHaveBeenCalledWith(expect.stringContaining(body.error.reference), expect.any(Error));
  });
});

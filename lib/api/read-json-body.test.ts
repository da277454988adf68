import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-json-body";

const post = (body: BodyInit | null, headers: HeadersInit = {}) =>
  new Request("http://localhost/api/admin/v1/incidents", { method: "POST", body, headers });

describe("readJsonBody", () => {
  it("parses a JSON body", async () => {
    expect(await readJsonBody(post('{"name":"Deploy"}'))).toEqual({ ok: true, value: { name: "Deploy" } });
  });

  it.each([
    ["{name:", "The request body is not valid JSON"],
    ["", "The request body must be a JSON object"],
  ])("answers %j with 400 bad_request", async (body, message) => {
    const result = await readJsonBody(post(body));
    if (result.ok) throw new Error("expected a refusal");
    expect(result.response.status).toBe(400);
    expect(await result.response.json()).toEqual({ error: { code: "bad_request", message } });
  });

  it("refuses a body over the cap with 413, whether or not it declares its length", async () => {
    const big = JSON.stringify({ message: "x".repeat(300 * 1024) });
    const declared = await readJsonBody(post(big, { "content-length": String(big.length) }));
    const streamed = await readJsonBody(post(big));
    for (const result of [declared, streamed]) {
      if (result.ok) throw new Error("expected a refusal");
      expect(result.response.status).toBe(413);
      expect((await result.response.json()).error.code).toBe("payload_too_large");
    }
  });
});

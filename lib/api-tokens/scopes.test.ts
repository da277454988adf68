import { describe, expect, it } from "vitest";
import { type ApiTokenIdentity, knownScopes, requireScope } from "./scopes";

const deployBot: ApiTokenIdentity = { id: "t1", name: "deploy bot", scopes: ["incidents:write"] };

describe("requireScope", () => {
  it("lets a token use a scope it carries", () => {
    expect(requireScope(deployBot, "incidents:write")).toEqual({ ok: true });
  });

  it("refuses a scope the token lacks with 403 forbidden naming the scope", () => {
    expect(requireScope(deployBot, "components:write")).toEqual({
      ok: false,
      status: 403,
      error: { code: "forbidden", message: "This API token lacks the components:write scope" },
    });
  });
});

describe("knownScopes", () => {
  it("drops stored scopes this version does not know", () => {
    expect(knownScopes(["components:write", "admin:everything"])).toEqual(["components:write"]);
  });
});

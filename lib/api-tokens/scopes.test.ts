import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/roles";
import { API_SCOPES, type ApiTokenIdentity, knownScopes, requireScope, SCOPE_PERMISSION, scopesWithinRole } from "./scopes";

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

describe("scopesWithinRole", () => {
  it("keeps every scope for an owner's token, and for an editor's all but pages (an owner's work, like the page settings)", () => {
    expect(scopesWithinRole([...API_SCOPES], "owner")).toEqual([...API_SCOPES]);
    expect(scopesWithinRole([...API_SCOPES], "editor")).toEqual(API_SCOPES.filter((scope) => scope !== "pages:write"));
  });

  it("names a permission of the role matrix for every scope", () => {
    for (const scope of API_SCOPES) expect(PERMISSIONS[SCOPE_PERMISSION[scope]]).toBeDefined();
  });
});

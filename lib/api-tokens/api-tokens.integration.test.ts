import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { authenticateBearer } from "./authenticate";
import { createApiToken } from "./create";
import { listApiTokens } from "./queries";
import { revokeApiToken } from "./revoke";
import { type ApiScope, requireScope } from "./scopes";

const now = new Date("2026-11-24T12:00:00Z");

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe.each(DATABASE_KINDS)("API tokens on %s", (kind) => {
  let dispose: () => Promise<void>;
  let owner: Actor;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    const id = randomUUID();
    await (await getPrisma()).user.create({ data: { id, name: "Olive", email: "olive@example.com", role: "owner" } });
    owner = { type: "user", id, label: "olive@example.com" };
  });
  afterAll(() => dispose());

  const issue = async (scopes: ApiScope[] = ["incidents:write"], name = "deploy pipeline") =>
    dataOf(await createApiToken(owner, { name, scopes }));

  it("a created token authenticates as itself and records when it was used", async () => {
    const { token, plaintext } = await issue(["incidents:write", "components:write"]);
    expect(plaintext).toMatch(/^bcn_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: "deploy pipeline", prefix: plaintext.slice(0, 12), lastUsedAt: null, revokedAt: null });

    const usedAt = new Date();
    const auth = await authenticateBearer(`Bearer ${plaintext}`, usedAt);
    expect(auth).toEqual({
      ok: true,
      token: { id: token.id, name: "deploy pipeline", scopes: ["incidents:write", "components:write"] },
      actor: { type: "token", id: token.id, label: "deploy pipeline" },
    });
    const row = await (await getPrisma()).apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.lastUsedAt).toEqual(usedAt);
  });

  it("lastUsedAt moves at most once a minute", async () => {
    const { token, plaintext } = await issue();
    const first = new Date(Date.now() - 5 * 60_000);
    await authenticateBearer(`Bearer ${plaintext}`, first);
    await authenticateBearer(`Bearer ${plaintext}`, new Date(first.getTime() + 30_000));
    const lastUsed = async () => (await (await getPrisma()).apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    expect(await lastUsed()).toEqual(first);
    const later = new Date(first.getTime() + 61_000);
    await authenticateBearer(`bearer ${plaintext}`, later);
    expect(await lastUsed()).toEqual(later);
  });

  it("the plaintext is stored nowhere: only its sha256 and prefix are kept, and the audit row omits both secrets", async () => {
    const { token, plaintext } = await issue();
    const prisma = await getPrisma();
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(plaintext);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "api_token.create", entityId: token.id } });
    expect(audit).toMatchObject({ actorType: "user", actorId: owner.id, entityType: "api_token" });
    expect(JSON.stringify(audit)).not.toContain(plaintext);
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);
  });

  it("the token list never carries the hash", async () => {
    await issue();
    const tokens = await listApiTokens();
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(Object.keys(token)).not.toContain("tokenHash");
    expect(tokens[0].createdByEmail).toBe("olive@example.com");
  });

  it("a revoked token is refused with 401 and the revoke is audited once", async () => {
    const { token, plaintext } = await issue();
    const revoked = dataOf(await revokeApiToken(owner, token.id));
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(dataOf(await revokeApiToken(owner, token.id)).revokedAt).toEqual(revoked.revokedAt);

    expect(await authenticateBearer(`Bearer ${plaintext}`)).toEqual({
      ok: false,
      status: 401,
      error: { code: "unauthorized", message: "The API token has been revoked" },
    });
    expect(await (await getPrisma()).auditLog.count({ where: { action: "api_token.revoke", entityId: token.id } })).toBe(1);
  });

  it("a wrong, malformed or missing token is refused with 401", async () => {
    const { plaintext } = await issue();
    const wrong = `${plaintext.slice(0, -1)}${plaintext.endsWith("A") ? "B" : "A"}`;
    for (const header of [`Bearer ${wrong}`, "Bearer bcn_nope", `Basic ${plaintext}`, "", null]) {
      expect(await authenticateBearer(header)).toMatchObject({ ok: false, status: 401, error: { code: "unauthorized" } });
    }
  });

  it("scopes are enforced: a components-only token may not write incidents", async () => {
    const { plaintext } = await issue(["components:write"], "health script");
    const auth = await authenticateBearer(`Bearer ${plaintext}`);
    if (!auth.ok) throw new Error("expected the token to authenticate");
    expect(requireScope(auth.token, "components:write")).toEqual({ ok: true });
    expect(requireScope(auth.token, "incidents:write")).toMatchObject({ ok: false, status: 403, error: { code: "forbidden" } });
  });

  it("a token needs a name and at least one known scope", async () => {
    expect(await createApiToken(owner, { name: " ", scopes: [] })).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { name: ["name is required"], scopes: ["Choose at least one scope"] } },
    });
    expect(await createApiToken(owner, { name: "x", scopes: ["admin:all"] })).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { "scopes.0": [expect.stringContaining("scopes must be among")] } },
    });
  });

  it("revoking an unknown token is not_found", async () => {
    expect(await revokeApiToken(owner, "no-such-token")).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});

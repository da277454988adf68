// Building requests to the admin API's route handlers and reading their errors, for route-level tests.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { getPrisma } from "@/lib/db/boot";

const BASE = "http://localhost/api/admin/v1";

export function apiRequest(path: string, options: { method?: string; token?: string; body?: unknown; rawBody?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return new Request(`${BASE}${path}`, { method: options.method ?? "POST", headers, body });
}

/** The second argument Next passes to a dynamic route handler. */
export const routeParams = (id: string) => ({ params: Promise.resolve({ id }) });

export async function expectApiError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body.error).toMatchObject({ code, message: expect.any(String) });
  return body.error as { code: string; message: string; fields?: Record<string, string[]> };
}

/** An owner (Olive) and a token of theirs with `scopes`: what a deploy pipeline holds. */
export async function ownerToken(scopes: ApiScope[]): Promise<string> {
  const ownerId = randomUUID();
  await (await getPrisma()).user.create({ data: { id: ownerId, name: "Olive", email: "olive@example.com", role: "owner" } });
  const created = await createApiToken({ type: "user", id: ownerId, label: "olive" }, { name: "deploy", scopes });
  if (!created.ok) throw new Error(created.error.message);
  return created.data.plaintext;
}

// Building requests to the admin API's route handlers and reading their errors, for route-level tests.
import { expect } from "vitest";

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

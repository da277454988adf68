import "server-only";
import { type AdminRole, may, type Permission } from "@/lib/auth/roles";

// What an API token may write. A token carries only the scopes its owner ticked; every write route names one.

export const API_SCOPES = ["incidents:write", "components:write", "maintenance:write", "monitors:write", "pages:write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  "incidents:write": "Open incidents, post updates and resolve them (and list recent incidents)",
  "components:write": "Set a component's status",
  "maintenance:write": "Schedule maintenance, edit it before it starts and post its updates (and list current and recent maintenance)",
  "monitors:write": "List, create, change, pause and delete monitors",
  "pages:write": "List, create, change and remove status pages (their addresses and which components they show)",
};

/** What each scope lets a token do, in the admin's own permissions (lib/auth/roles.ts). */
export const SCOPE_PERMISSION: Record<ApiScope, Permission> = {
  "incidents:write": "incidents.manage",
  "components:write": "components.manage",
  "maintenance:write": "maintenance.manage",
  "monitors:write": "monitors.manage",
  "pages:write": "page-settings.edit",
};

/** A token never does more than its creator's role allows today: a scope beyond it grants nothing (e.g. after a demotion). */
export function scopesWithinRole(scopes: readonly ApiScope[], creatorRole: AdminRole): ApiScope[] {
  return scopes.filter((scope) => may(creatorRole, SCOPE_PERMISSION[scope]));
}

/** The caller a valid bearer token stands for. */
export interface ApiTokenIdentity {
  id: string;
  name: string;
  scopes: ApiScope[];
}

/** Why a request may not go on: no valid token (401) or a token without the scope (403). */
export interface AccessDenied {
  ok: false;
  status: 401 | 403;
  error: { code: "unauthorized" | "forbidden"; message: string };
}

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** Scopes as stored, keeping only ones this version knows (a retired scope grants nothing). */
export function knownScopes(stored: readonly string[]): ApiScope[] {
  return stored.filter(isApiScope);
}

export function requireScope(token: ApiTokenIdentity, scope: ApiScope): { ok: true } | AccessDenied {
  if (token.scopes.includes(scope)) return { ok: true };
  return { ok: false, status: 403, error: { code: "forbidden", message: `This API token lacks the ${scope} scope` } };
}

import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { type ApiScope, knownScopes } from "./scopes";

/** A token as owners see it: never its hash, which stays in the database. */
export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: Date;
  createdByEmail: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { email: string };
}

export function toApiTokenView(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: knownScopes(row.scopes),
    createdAt: row.createdAt,
    createdByEmail: row.createdBy.email,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

/** Every token, active ones first, newest first within each. */
export async function listApiTokens(): Promise<ApiTokenView[]> {
  const prisma = await getPrisma();
  const rows = await prisma.apiToken.findMany({
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { email: true } },
    },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return rows.map(toApiTokenView);
}

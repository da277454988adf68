import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

export interface AuditEntry {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

// null means "no record" (before a create, after a delete): SQL NULL, not the JSON value null.
function toJsonColumn(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull | typeof Prisma.JsonNull {
  if (value === null || value === undefined) return Prisma.DbNull;
  // The round trip turns Dates into ISO strings and drops undefined fields, as the log is read back.
  const json: unknown = JSON.parse(JSON.stringify(value) ?? "null");
  return json === null ? Prisma.JsonNull : (json as Prisma.InputJsonValue);
}

/** Writes one AuditLog row inside the caller's transaction, so the log and the change commit together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      actorLabel: entry.actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJsonColumn(entry.before),
      after: toJsonColumn(entry.after),
    },
  });
}

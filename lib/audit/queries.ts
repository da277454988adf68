import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { AuditActorType, Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  /** Exact action, e.g. "component.delete". */
  action?: string;
  /** Exact entity type, e.g. "incident". */
  entityType?: string;
  /** Part of the actor's label (a user's email or a token's name), any case. */
  actor?: string;
  /** 1-based. */
  page?: number;
}

export interface AuditEntryView {
  id: string;
  actorType: AuditActorType;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

export interface AuditPage {
  entries: AuditEntryView[];
  page: number;
  pageCount: number;
  total: number;
}

/** The audit log, newest first, AUDIT_PAGE_SIZE entries a page; a page past the end is empty. */
export async function listAuditEntries(filter: AuditFilter = {}, within: Prisma.AuditLogWhereInput = {}): Promise<AuditPage> {
  const prisma = await getPrisma();
  const page = Number.isInteger(filter.page) && filter.page! > 0 ? filter.page! : 1;
  const where: Prisma.AuditLogWhereInput = {
    AND: [within],
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.actor?.trim() ? { actorLabel: { contains: filter.actor.trim(), mode: "insensitive" } } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return {
    entries: rows.map((row) => ({
      id: row.id,
      actorType: row.actorType,
      actorLabel: row.actorLabel,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
      createdAt: row.createdAt,
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    total,
  };
}

/** The actions and entity types the log holds, for the filter's choices. */
export async function listAuditFilterChoices(): Promise<{ actions: string[]; entityTypes: string[] }> {
  const prisma = await getPrisma();
  const [actions, entityTypes] = await Promise.all([
    prisma.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    prisma.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: entityTypes.map((e) => e.entityType) };
}

import "server-only";
import type { ZodType, z } from "zod";
import type { Actor } from "@/lib/audit/actor";
import { type AuditEntry, recordAudit } from "@/lib/audit/record";
import { type MutationResult, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who is acting, and where: `db` is the transaction the work joins (a caller already inside one passes it, so a
 * mutation never needs a second "inside a transaction" twin), `now` the time the work happens at.
 */
export interface ServiceContext {
  actor: Actor;
  db?: Prisma.TransactionClient;
  now?: Date;
}

/** A context inside a transaction, with the time settled. */
export interface TransactionContext extends ServiceContext {
  db: Prisma.TransactionClient;
  now: Date;
}

/** Runs `work` in the context's open transaction, or in a new one when there is none. */
export async function withTransaction<T>(ctx: ServiceContext, work: (ctx: TransactionContext) => Promise<T>): Promise<T> {
  const now = ctx.now ?? new Date();
  if (ctx.db) return work({ ...ctx, db: ctx.db, now });
  const prisma = await getPrisma();
  return prisma.$transaction((db) => work({ ...ctx, db, now }), { timeout: 15_000 });
}

/** Every mutation's skeleton: parse the input (a validation failure before any transaction), then one transaction. */
export async function runMutation<S extends ZodType, T>(
  ctx: ServiceContext,
  schema: S,
  rawInput: unknown,
  work: (ctx: TransactionContext, input: z.output<S>) => Promise<MutationResult<T>>,
): Promise<MutationResult<T>> {
  const parsed = schema.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  return withTransaction(ctx, (tx) => work(tx, parsed.data));
}

/** The audit row for a change, by the context's actor, in its transaction. */
export function audit(ctx: TransactionContext, entry: Omit<AuditEntry, "actor">): Promise<void> {
  return recordAudit(ctx.db, { ...entry, actor: ctx.actor });
}

import "server-only";
import { audit, type ServiceContext, withTransaction } from "@/lib/core/context";
import { fieldInvalid, type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import type { Prisma, Upstream } from "@/lib/generated/prisma/client";
import type { TargetPolicy } from "@/lib/net/ssrf-guard";
import { fetchSummary } from "./fetch-summary";
import { addUpstreamInput } from "./schema";

/**
 * Adds an upstream once its URL answers a Statuspage v2 summary (through the SSRF guard, as every poll does), so
 * the admin can pick its components at once. The first poll comes at a random point of the first interval.
 */
export async function addUpstream(
  ctx: ServiceContext,
  rawInput: unknown,
  options: { policy: TargetPolicy; random?: () => number },
): Promise<MutationResult<Upstream>> {
  const parsed = addUpstreamInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const url = input.url.replace(/\/+$/, "");
  const probe = await fetchSummary(url, { etag: null, lastModified: null }, options.policy);
  if (probe.kind !== "ok") {
    const reason = probe.kind === "failed" ? probe.error : "it answered 304 to a first request";
    return fieldInvalid("url", `${url} does not answer a Statuspage v2 summary (/api/v2/summary.json): ${reason}`);
  }
  return withTransaction(ctx, async (tx) => {
    if (await tx.db.upstream.findUnique({ where: { url }, select: { id: true } })) {
      return fieldInvalid("url", "That page is already an upstream");
    }
    const random = options.random ?? Math.random;
    const upstream = await tx.db.upstream.create({
      data: {
        name: input.name ?? probe.summary.pageName,
        url,
        intervalSeconds: input.intervalSeconds,
        openIncidents: input.openIncidents,
        notifySubscribers: input.notifySubscribers,
        nextPollAt: new Date(tx.now.getTime() + Math.round(random() * input.intervalSeconds * 1000)),
        lastSuccessAt: tx.now,
        summary: probe.summary as unknown as Prisma.InputJsonValue,
        etag: probe.validators.etag,
        lastModified: probe.validators.lastModified,
      },
    });
    await audit(tx, {
      action: "upstream.create",
      entityType: "upstream",
      entityId: upstream.id,
      before: null,
      after: withoutSummary(upstream),
    });
    return succeeded(upstream);
  });
}

/** The audit log keeps the settings, not the vendor's whole document. */
export function withoutSummary(upstream: Upstream) {
  const { summary: _, ...rest } = upstream;
  return rest;
}

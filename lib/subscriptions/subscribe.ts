import "server-only";
import { randomBytes } from "node:crypto";
import { fieldInvalid, type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUnresolvedIncident } from "@/lib/incidents/unresolved";
import { checkTargetAllowed, type TargetPolicy } from "@/lib/net/ssrf-guard";
import { type ChannelConfig, checkedUrl, configOf, maskChannel } from "@/lib/notifications/channels/config";
import { enqueueForSubscriber } from "@/lib/notifications/enqueue";
import { mintSubscriptionToken } from "@/lib/notifications/subscriber-token";
import { sealSecret } from "@/lib/secrets/secret-box";
import { checkKnownScope } from "./known-scope";
import { checkPageScope, storedPageId } from "./page-scope";
import { subscribeInput } from "./schema";

export type Subscribed =
  // Deliberately the same answer for a new, pending or confirmed address: the form must not reveal who subscribes.
  | { channel: "email" }
  | { channel: "webhook"; subscriberId: string; signingSecret: string; manageToken: string }
  // Chat and push channels: active at once, like webhooks; their settings are sealed, only the masked label is shown.
  | { channel: "chat"; subscriberId: string; label: string; manageToken: string };

/**
 * Email: double opt-in — a pending subscriber and a confirmation mail through the outbox (an already confirmed
 * address gets its manage link instead). Webhook: active at once; its signing secret and manage token are
 * returned once and never again.
 */
export async function subscribe(
  rawInput: unknown,
  {
    emailEnabled,
    webhookTargets,
    pageId: requestedPageId,
  }: {
    emailEnabled: boolean;
    webhookTargets: TargetPolicy;
    /** The page subscribed on (lib/pages/request-page.ts); the default page when absent. */
    pageId?: string;
  },
): Promise<MutationResult<Subscribed>> {
  const parsed = subscribeInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  if (input.channel === "email" && !emailEnabled) return fieldInvalid("channel", "Email subscriptions are not available on this page");
  // Delivery checks again before every send (DNS may change); this answers the subscriber while they can still fix it.
  // A name that does not resolve yet is accepted: that may pass, and delivery retries it.
  if (input.channel === "webhook") {
    const verdict = await checkTargetAllowed(input.webhookUrl, webhookTargets);
    if (!verdict.ok && !verdict.unresolved) return fieldInvalid("webhookUrl", `Webhooks can't be sent to this address: ${verdict.reason}`);
  }
  const chat: ChannelConfig | null = input.channel === "email" || input.channel === "webhook" ? null : configOf(input.channel, input);
  const target = chat && checkedUrl(chat);
  if (target) {
    const verdict = await checkTargetAllowed(target.url, webhookTargets);
    if (!verdict.ok && !verdict.unresolved) return fieldInvalid(target.field, `Messages can't be sent to this address: ${verdict.reason}`);
  }
  const pageId = storedPageId(requestedPageId);
  const prisma = await getPrisma();
  const sealedChat = chat ? await sealSecret(prisma, JSON.stringify(chat)) : null;
  const signingSecret = `whsec_${randomBytes(32).toString("base64url")}`;
  const sealed = input.channel === "webhook" ? await sealSecret(prisma, signingSecret) : null;

  try {
    return await prisma.$transaction(async (tx): Promise<MutationResult<Subscribed>> => {
      const unknown = (await checkKnownScope(tx, input)) ?? (await checkPageScope(tx, pageId, input));
      if (unknown) return unknown;
      const incidentId = input.incidentId ?? null;
      if (incidentId) {
        const incident = await tx.incident.findUnique({ where: { id: incidentId, draft: false }, select: { status: true } });
        if (!incident) return fieldInvalid("incidentId", "incidentId names no incident");
        if (!isUnresolvedIncident(incident.status))
          return fieldInvalid("incidentId", "This incident is resolved; it will get no more updates");
      }
      // An incident subscription follows that incident, whatever the page-wide scope.
      const language = input.locale ? { locale: input.locale } : {};
      const scope = incidentId
        ? { componentIds: [], groupIds: [], incidentId, pageId, ...language }
        : { componentIds: input.componentIds, groupIds: input.groupIds, pageId, ...language };
      if (input.channel !== "email" && input.channel !== "webhook") {
        if (!chat) throw new Error("unreachable: a chat channel without its settings");
        const label = maskChannel(chat);
        const subscriber = await tx.subscriber.create({
          data: { channel: chat.channel, channelConfigEncrypted: sealedChat, channelLabel: label, confirmedAt: new Date(), ...scope },
        });
        const manageToken = await mintSubscriptionToken(tx, subscriber.id, "manage");
        return succeeded({ channel: "chat", subscriberId: subscriber.id, label, manageToken });
      }
      if (input.channel === "webhook") {
        const subscriber = await tx.subscriber.create({
          data: {
            channel: "webhook",
            webhookUrl: input.webhookUrl,
            webhookFormat: input.webhookFormat,
            webhookSecretEncrypted: sealed,
            confirmedAt: new Date(),
            ...scope,
          },
        });
        const manageToken = await mintSubscriptionToken(tx, subscriber.id, "manage");
        return succeeded({ channel: "webhook", subscriberId: subscriber.id, signingSecret, manageToken });
      }
      // Page-wide rows (incidentId NULL) are not kept unique by the index, so submits of one address take turns.
      // One page-wide subscription per address and page; one per address and incident, whatever the page.
      await lockAddress(tx, input.email);
      const existing = await tx.subscriber.findFirst({ where: { email: input.email, incidentId, ...(incidentId ? {} : { pageId }) } });
      // Only the mailbox's owner changes a confirmed subscription (through the manage link the mail carries).
      const subscriber = existing?.confirmedAt
        ? existing
        : existing
          ? await tx.subscriber.update({ where: { id: existing.id }, data: scope })
          : await tx.subscriber.create({ data: { channel: "email", email: input.email, ...scope } });
      await enqueueForSubscriber(tx, subscriber.id, {
        event: "subscription.confirm",
        alreadyConfirmed: Boolean(existing?.confirmedAt),
        components: [],
      });
      return succeeded({ channel: "email" });
    });
  } catch (error) {
    // Two submits of one new address at once: the other created it and queued its mail.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return succeeded({ channel: "email" });
    throw error;
  }
}

/** Holds a transaction-scoped lock on the address until the transaction ends. */
async function lockAddress(tx: Prisma.TransactionClient, email: string) {
  // pg_advisory_xact_lock returns void, which the driver can't read: select a constant beside it.
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`subscriber:${email}`}))) AS l`;
}

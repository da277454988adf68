import "server-only";
import { type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { SubscriberChannel, WebhookFormat } from "@/lib/generated/prisma/enums";
import { subscriberIdForToken } from "@/lib/notifications/subscriber-token";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { checkKnownScope } from "./known-scope";
import { checkPageScope } from "./page-scope";
import { scopeInput } from "./schema";

export interface ManagedSubscription {
  channel: SubscriberChannel;
  email: string | null;
  webhookUrl: string | null;
  webhookFormat: WebhookFormat | null;
  /** A chat channel's masked label. */
  channelLabel: string | null;
  componentIds: string[];
  groupIds: string[];
  /** The language its messages are written in. */
  locale: string;
  confirmed: boolean;
  /** The page subscribed on: its name, address and components are the subscription's. */
  pageId: string;
}

const NOT_FOUND = "This link is invalid or the subscription no longer exists";

/** The subscription a manage link belongs to, or null. */
export async function findManagedSubscription(token: unknown): Promise<ManagedSubscription | null> {
  const prisma = await getPrisma();
  const id = await subscriberIdForToken(prisma, token, "manage");
  if (!id) return null;
  const s = await prisma.subscriber.findUnique({ where: { id } });
  return s
    ? {
        channel: s.channel,
        email: s.email,
        webhookUrl: s.webhookUrl,
        webhookFormat: s.webhookFormat,
        channelLabel: s.channelLabel,
        componentIds: s.componentIds,
        groupIds: s.groupIds,
        locale: s.locale,
        confirmed: s.confirmedAt !== null,
        pageId: s.pageId ?? PAGE_SETTINGS_ID,
      }
    : null;
}

/** Replaces what the subscription covers; both lists empty means everything. */
export async function updateSubscriptionScope(
  token: unknown,
  rawInput: unknown,
): Promise<MutationResult<{ componentIds: string[]; groupIds: string[] }>> {
  const parsed = scopeInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx): Promise<MutationResult<{ componentIds: string[]; groupIds: string[] }>> => {
    const id = await subscriberIdForToken(tx, token, "manage");
    if (!id) return notFound(NOT_FOUND);
    const subscriber = await tx.subscriber.findUnique({ where: { id }, select: { pageId: true } });
    if (!subscriber) return notFound(NOT_FOUND);
    const unknown = (await checkKnownScope(tx, parsed.data)) ?? (await checkPageScope(tx, subscriber.pageId, parsed.data));
    if (unknown) return unknown;
    const { locale, ...scope } = parsed.data;
    const updated = await tx.subscriber.update({ where: { id }, data: { ...scope, ...(locale ? { locale } : {}) } });
    return succeeded({ componentIds: updated.componentIds, groupIds: updated.groupIds });
  });
}

/** Deletes the subscription, its tokens and its queued deliveries: nothing more is sent. */
export async function unsubscribe(token: unknown): Promise<MutationResult<{ unsubscribed: true }>> {
  const prisma = await getPrisma();
  const id = await subscriberIdForToken(prisma, token, "manage");
  if (!id) return notFound(NOT_FOUND);
  await prisma.subscriber.deleteMany({ where: { id } });
  return succeeded({ unsubscribed: true });
}

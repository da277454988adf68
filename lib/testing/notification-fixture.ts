// Tests only: the steps the notification integration tests share.
import type { Actor } from "@/lib/audit/actor";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { subscribe } from "@/lib/subscriptions/subscribe";

export const alice: Actor = { type: "user", id: "u_alice", label: "alice@example.com" };
export const PUBLIC_URL = "http://status.test";
/** Delivery without mail, to webhook receivers on loopback: private targets are allowed here on purpose. */
export const WEBHOOK_ONLY_DEPS = { mailer: null, publicUrl: PUBLIC_URL, webhookTargets: { allowPrivateNetworks: true } };

export function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

export async function componentId(slug: string): Promise<string> {
  return (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).id;
}

export async function groupIdOf(slug: string): Promise<string> {
  return (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).groupId!;
}

/** A webhook subscriber (active at once); returns its signing secret. */
export async function subscribeWebhook(url: string, scope: { componentIds?: string[]; groupIds?: string[]; webhookFormat?: string } = {}) {
  const result = dataOf(
    await subscribe(
      { channel: "webhook", webhookUrl: url, ...scope },
      { emailEnabled: true, webhookTargets: WEBHOOK_ONLY_DEPS.webhookTargets },
    ),
  );
  if (result.channel !== "webhook") throw new Error("expected a webhook subscription");
  return result;
}

/** Every test starts with no subscribers and an empty outbox, and the demo's components operational. */
export async function resetSubscriptions(): Promise<void> {
  const prisma = await getPrisma();
  await prisma.subscriber.deleteMany();
  await prisma.notification.deleteMany();
  await prisma.rateLimiterFlexible.deleteMany();
}

export const secondsAfter = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

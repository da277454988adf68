import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubscriberChannel, WebhookFormat } from "@/lib/generated/prisma/enums";

export interface SubscriberView {
  id: string;
  channel: SubscriberChannel;
  /** The address, the webhook URL, or a chat channel's masked label (its URL's key and tokens never shown). */
  target: string;
  webhookFormat: WebhookFormat | null;
  scope: string;
  confirmedAt: Date | null;
  createdAt: Date;
}

export const SUBSCRIBER_PAGE_SIZE = 200;

/** Subscribers, newest first, whose address or URL contains `search` (any case). */
export async function listSubscribers({
  search = "",
  limit = SUBSCRIBER_PAGE_SIZE,
  onPage = {},
}: {
  search?: string;
  limit?: number;
  /** Only those who subscribed from a page (lib/editor-pages/where.ts subscribersOf). */
  onPage?: Prisma.SubscriberWhereInput;
} = {}): Promise<SubscriberView[]> {
  const prisma = await getPrisma();
  const q = search.trim();
  const [rows, components, groups] = await Promise.all([
    prisma.subscriber.findMany({
      where: {
        AND: [
          q
            ? {
                OR: [
                  { email: { contains: q, mode: "insensitive" } },
                  { webhookUrl: { contains: q, mode: "insensitive" } },
                  { channelLabel: { contains: q, mode: "insensitive" } },
                ],
              }
            : {},
          onPage,
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: limit,
    }),
    prisma.component.findMany({ select: { id: true, name: true } }),
    prisma.componentGroup.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map([...components, ...groups].map((x) => [x.id, x.name]));
  return rows.map((s) => {
    const scoped = [...s.groupIds, ...s.componentIds].map((id) => names.get(id) ?? "(deleted)");
    return {
      id: s.id,
      channel: s.channel,
      target: s.email ?? s.webhookUrl ?? s.channelLabel ?? "",
      webhookFormat: s.webhookFormat,
      scope: scoped.length ? scoped.join(", ") : "Everything",
      confirmedAt: s.confirmedAt,
      createdAt: s.createdAt,
    };
  });
}

export interface SubscribableChoices {
  groups: { id: string; name: string; components: { id: string; name: string }[] }[];
  ungrouped: { id: string; name: string }[];
}

/** What a reader may subscribe to: the components shown on the page, by group, in page order. */
export async function listSubscribableChoices(): Promise<SubscribableChoices> {
  const prisma = await getPrisma();
  const [groups, components] = await Promise.all([
    prisma.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    prisma.component.findMany({ where: { showcase: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
  ]);
  return subscribableChoicesFrom(groups, components);
}

/** Groups (with their components) and ungrouped components, in page order; `components` are the shown ones. */
export function subscribableChoicesFrom(
  groups: readonly { id: string; name: string }[],
  components: readonly { id: string; name: string; groupId: string | null }[],
): SubscribableChoices {
  return {
    groups: groups
      .map((g) => ({
        id: g.id,
        name: g.name,
        components: components.filter((c) => c.groupId === g.id).map(({ id, name }) => ({ id, name })),
      }))
      .filter((g) => g.components.length > 0),
    ungrouped: components.filter((c) => !c.groupId).map(({ id, name }) => ({ id, name })),
  };
}

import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_PAGE_SLUG, PAGE_SETTINGS_ID } from "@/lib/page/settings";
import type { PageReach } from "./rule";
import { editorScopeOf, editorScopeOfUser, reachOfPages } from "./scope";
import { reachesOf, subscribersOf } from "./where";

// What an admin list shows: the pages picked in its `?statusPage=<slug>` filter, within a limited editor's pages.

export interface ListReach {
  reaches: PageReach[];
  /** The page filtered by, when the slug named one. */
  pageId: string | null;
}

/** The page a slug names (the default page's slug works before its settings were saved); null for none. */
export async function pageIdOfSlug(slug: string | undefined): Promise<string | null> {
  if (!slug) return null;
  const row = await (await getPrisma()).pageSettings.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? (slug === DEFAULT_PAGE_SLUG ? PAGE_SETTINGS_ID : null);
}

async function reachFor(who: { userId: string; role: string } | Actor, slug: string | undefined): Promise<ListReach> {
  const prisma = await getPrisma();
  const scope = "userId" in who ? await editorScopeOfUser(prisma, who.userId, who.role) : await editorScopeOf(prisma, who);
  const pageId = await pageIdOfSlug(slug);
  const filter = pageId ? await reachOfPages(prisma, [pageId]) : null;
  return { reaches: reachesOf(scope, filter), pageId };
}

/** For an admin page: the signed-in admin and the list's page filter. */
export const listReachOfSession = (session: { userId: string; role: string }, slug: string | undefined) => reachFor(session, slug);

/** For the admin API's lists: the token's creator (no page filter). */
export const listReachOfActor = (actor: Actor) => reachFor(actor, undefined);

/**
 * The subscribers an admin's list and its CSV export hold: those of the `?statusPage=<slug>` page, within a limited
 * editor's pages (one filter for both, so the export is what the list shows).
 */
export async function subscribersOfSession(
  session: { userId: string; role: string },
  slug: string | undefined,
): Promise<Prisma.SubscriberWhereInput> {
  const prisma = await getPrisma();
  const [scope, pageId] = await Promise.all([editorScopeOfUser(prisma, session.userId, session.role), pageIdOfSlug(slug)]);
  return {
    AND: [...(scope.limited ? [{ OR: scope.pageIds.map(subscribersOf) }] : []), ...(pageId ? [subscribersOf(pageId)] : [])],
  };
}

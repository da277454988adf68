import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { TransactionContext } from "@/lib/core/context";
import { forbidden, type MutationFailure } from "@/lib/core/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { componentsOutside, type EditorScope, mayChange, type PageReach, refusalOutside, type ScopeTarget, UNLIMITED } from "./rule";

// The store side of the editor limit: who the actor is (a user, or the user who made the API token), and what their
// pages hold. Every write of incidents, maintenance and components asks `refuseOutsidePages` inside its transaction,
// so the admin UI and the admin API cannot answer differently.

type Db = Prisma.TransactionClient;

/** The user an actor stands for: a signed-in admin, or the creator of the API token; none for Beacon itself. */
async function userOf(db: Db, actor: Actor): Promise<{ id: string; role: string } | null> {
  if (!actor.id) return null;
  if (actor.type === "user") return db.user.findUnique({ where: { id: actor.id }, select: { id: true, role: true } });
  if (actor.type === "token") {
    const token = await db.apiToken.findUnique({ where: { id: actor.id }, select: { createdBy: { select: { id: true, role: true } } } });
    return token?.createdBy ?? null;
  }
  return null;
}

/** What the pages with these ids hold: their components (picked, in picked groups, or all) and picked incidents. */
export async function reachOfPages(db: Db, pageIds: readonly string[]): Promise<PageReach> {
  const pages = await db.pageSettings.findMany({
    where: { id: { in: [...pageIds] } },
    select: {
      id: true,
      name: true,
      showAllComponents: true,
      components: { select: { componentId: true } },
      componentGroups: { select: { groupId: true } },
      incidents: { select: { incidentId: true } },
    },
    orderBy: { id: "asc" },
  });
  const groupIds = pages.flatMap((page) => page.componentGroups.map((g) => g.groupId));
  const inGroups = groupIds.length ? await db.component.findMany({ where: { groupId: { in: groupIds } }, select: { id: true } }) : [];
  return {
    pageIds: pages.map((page) => page.id),
    pageNames: pages.map((page) => page.name),
    allComponents: pages.some((page) => page.showAllComponents),
    componentIds: new Set([...pages.flatMap((page) => page.components.map((c) => c.componentId)), ...inGroups.map((c) => c.id)]),
    pickedIncidentIds: new Set(pages.flatMap((page) => page.incidents.map((i) => i.incidentId))),
    includesDefaultPage: pages.some((page) => page.id === PAGE_SETTINGS_ID),
  };
}

/** The pages a user's editing is limited to; owners and editors without limits are unlimited. */
export async function editorScopeOfUser(db: Db, userId: string, role: string): Promise<EditorScope> {
  if (role === "owner") return UNLIMITED;
  const rows = await db.editorPage.findMany({ where: { userId }, select: { pageId: true } });
  if (rows.length === 0) return UNLIMITED;
  return {
    limited: true,
    ...(await reachOfPages(
      db,
      rows.map((row) => row.pageId),
    )),
  };
}

export async function editorScopeOf(db: Db, actor: Actor): Promise<EditorScope> {
  const user = await userOf(db, actor);
  return user ? editorScopeOfUser(db, user.id, user.role) : UNLIMITED;
}

/**
 * The pages an incident naming no component lands on when a limited editor opens it: all of theirs, so it is theirs to
 * follow up (anyone else's lands on the default page, or the pages an owner picks).
 */
export async function pagesOfLimitedEditor(ctx: Pick<TransactionContext, "db" | "actor">): Promise<string[]> {
  const scope = await editorScopeOf(ctx.db, ctx.actor);
  return scope.limited ? scope.pageIds : [];
}

/** An existing incident as a target: its components (plus any the change adds) and whether some page picked it. */
export async function incidentTarget(db: Db, incidentId: string, adding: readonly string[] = []): Promise<ScopeTarget> {
  const [links, picks] = await Promise.all([
    db.incidentComponent.findMany({ where: { incidentId }, select: { componentId: true } }),
    db.pageIncident.count({ where: { incidentId } }),
  ]);
  const componentIds = [...new Set([...links.map((l) => l.componentId), ...adding])];
  return { kind: "incident", componentIds, incidentId, pickedElsewhere: picks > 0 };
}

/** Existing maintenance as a target: its components plus any the change adds. */
export async function maintenanceTarget(db: Db, maintenanceId: string, adding: readonly string[] = []): Promise<ScopeTarget> {
  const links = await db.maintenanceComponent.findMany({ where: { maintenanceId }, select: { componentId: true } });
  return { kind: "maintenance", componentIds: [...new Set([...links.map((l) => l.componentId), ...adding])] };
}

/**
 * Where a change names its components, so a refusal names the fields at fault: `of` gives a component's input field
 * (`componentStatuses.0.componentId`), `whenNone` the field to name when the change names none.
 */
export interface ComponentFields {
  of: (componentId: string) => string | undefined;
  whenNone?: string;
}

/** The fields of a list of component ids in the input, each at `path(index)`. */
export function fieldsOfList(componentIds: readonly string[], path: (index: number) => string, whenNone?: string): ComponentFields {
  const byId = new Map(componentIds.map((id, index) => [id, path(index)] as const));
  return { of: (id) => byId.get(id), whenNone };
}

function refusal(scope: Extract<EditorScope, { limited: true }>, target: ScopeTarget, named?: ComponentFields): MutationFailure {
  const failure = forbidden(refusalOutside(scope, target));
  if (!named || target.kind === "layout") return failure;
  const message = `Not on your pages (${scope.pageNames.join(", ")})`;
  const fields: Record<string, string[]> = {};
  for (const id of componentsOutside(scope, target.componentIds)) {
    const field = named.of(id);
    if (field) fields[field] = [message];
  }
  if (target.componentIds.length === 0 && named.whenNone) fields[named.whenNone] = ["Name a component on your pages"];
  return Object.keys(fields).length ? { ok: false, error: { ...failure.error, fields } } : failure;
}

/**
 * The 403 when the actor is an editor limited to pages that do not hold what the change names; null to go on.
 * `target` may be a function so an unlimited actor never pays for reading it; `named` lets the 403 name the fields.
 */
export async function refuseOutsidePages(
  ctx: Pick<TransactionContext, "db" | "actor">,
  target: ScopeTarget | (() => Promise<ScopeTarget>),
  named?: ComponentFields,
): Promise<MutationFailure | null> {
  const scope = await editorScopeOf(ctx.db, ctx.actor);
  if (!scope.limited) return null;
  const resolved = typeof target === "function" ? await target() : target;
  return mayChange(scope, resolved) ? null : refusal(scope, resolved, named);
}

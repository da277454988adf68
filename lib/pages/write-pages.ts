import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { fieldInvalid, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_PAGE_SETTINGS, DEFAULT_PAGE_SLUG, PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { pageUrlOf } from "@/lib/page-addressing/addressing";
import { type PageRecord, readPageRecord } from "./queries";
import { type PageInput, pageInput } from "./schema";

// Creating, changing and removing pages: one transaction each, audited (entity type "page"). The default page (the
// settings row "page") is changed here too (its address and selection; its name and URL also on Page settings), but
// never removed: `/` always has a page to serve.

type Tx = Prisma.TransactionClient;

export async function createPage(actor: Actor, rawInput: unknown): Promise<MutationResult<PageRecord>> {
  const parsed = pageInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const invalid = await checkInput(tx, parsed.data, null);
    if (invalid) return invalid;
    const created = await tx.pageSettings.create({
      data: { id: randomUUID(), ...columnsOf(parsed.data), url: await urlFor(tx, parsed.data), ...selectionOf(parsed.data) },
    });
    const after = await readPageRecord(tx, created.id);
    await recordAudit(tx, { actor, action: "page.create", entityType: "page", entityId: created.id, before: null, after });
    return succeeded(after!);
  });
}

export async function updatePage(actor: Actor, id: string, rawInput: unknown): Promise<MutationResult<PageRecord>> {
  const parsed = pageInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "PageSettings" WHERE id = ${id} FOR UPDATE`;
    const before = await readPageRecord(tx, id);
    if (!before && id !== PAGE_SETTINGS_ID) return notFound(`No page with id ${id}`);
    const invalid = await checkInput(tx, parsed.data, id);
    if (invalid) return invalid;
    const input = parsed.data;
    const columns = columnsOf(input);
    if (before) {
      await tx.pageComponent.deleteMany({ where: { pageId: id } });
      await tx.pageComponentGroup.deleteMany({ where: { pageId: id } });
      await tx.pageIncident.deleteMany({ where: { pageId: id } });
      // The default page keeps its URL (Page settings owns it); another page's follows its address.
      const url = id === PAGE_SETTINGS_ID ? undefined : await urlFor(tx, input);
      await tx.pageSettings.update({ where: { id }, data: { ...columns, ...(url ? { url } : {}), ...selectionOf(input) } });
    } else {
      await tx.pageSettings.create({ data: { id, ...columns, url: DEFAULT_PAGE_SETTINGS.url, ...selectionOf(input) } });
    }
    const after = await readPageRecord(tx, id);
    await recordAudit(tx, { actor, action: "page.update", entityType: "page", entityId: id, before, after });
    return succeeded(after!);
  });
}

export async function deletePage(actor: Actor, id: string): Promise<MutationResult<{ id: string }>> {
  if (id === PAGE_SETTINGS_ID) return fieldInvalid("id", "The default page cannot be removed: / serves it");
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const before = await readPageRecord(tx, id);
    if (!before) return notFound(`No page with id ${id}`);
    await tx.pageSettings.delete({ where: { id } });
    await recordAudit(tx, { actor, action: "page.delete", entityType: "page", entityId: id, before, after: null });
    return succeeded({ id });
  });
}

function columnsOf(input: PageInput) {
  return {
    name: input.name,
    slug: input.slug,
    timeZone: input.timeZone,
    description: input.description,
    logoUrl: input.logoUrl,
    accentColor: input.accentColor,
    defaultLanguage: input.defaultLanguage,
    followBrowserLanguage: input.followBrowserLanguage,
    domains: input.domains,
    canonicalDomain: input.canonicalDomain,
    showAllComponents: input.showAllComponents,
  };
}

function selectionOf(input: PageInput) {
  return {
    components: { create: input.componentIds.map((componentId) => ({ componentId })) },
    componentGroups: { create: input.groupIds.map((groupId) => ({ groupId })) },
    incidents: { create: input.incidentIds.map((incidentId) => ({ incidentId })) },
  };
}

/** Where a page other than the default one is reached: stored, so mails and feeds read it like the default page's. */
async function urlFor(tx: Tx, input: PageInput): Promise<string> {
  const settings = await tx.pageSettings.findUnique({ where: { id: PAGE_SETTINGS_ID }, select: { url: true } });
  return pageUrlOf(settings?.url ?? DEFAULT_PAGE_SETTINGS.url, input);
}

/** What only the store can tell: a slug or domain another page has, ids that name nothing. */
async function checkInput(tx: Tx, input: PageInput, id: string | null): Promise<MutationResult<never> | null> {
  const others = await tx.pageSettings.findMany({ where: id ? { id: { not: id } } : {}, select: { slug: true, domains: true } });
  // "default" stays the default page's, even before its settings were first saved.
  if (others.some((page) => page.slug === input.slug) || (id !== PAGE_SETTINGS_ID && input.slug === DEFAULT_PAGE_SLUG)) {
    return fieldInvalid("slug", `Another page has the slug ${input.slug}`);
  }
  const taken = input.domains.find((domain) => others.some((page) => page.domains.includes(domain)));
  if (taken) return fieldInvalid("domains", `Another page answers on ${taken}`);
  const missing = async (field: string, wanted: string[], found: { id: string }[]) => {
    const known = new Set(found.map((row) => row.id));
    const unknown = wanted.find((value) => !known.has(value));
    return unknown ? fieldInvalid(field, `No such ${field.replace(/Ids$/, "")}: ${unknown}`) : null;
  };
  return (
    (await missing(
      "componentIds",
      input.componentIds,
      await tx.component.findMany({ where: { id: { in: input.componentIds } }, select: { id: true } }),
    )) ??
    (await missing(
      "groupIds",
      input.groupIds,
      await tx.componentGroup.findMany({ where: { id: { in: input.groupIds } }, select: { id: true } }),
    )) ??
    (await missing(
      "incidentIds",
      input.incidentIds,
      await tx.incident.findMany({ where: { id: { in: input.incidentIds } }, select: { id: true } }),
    ))
  );
}

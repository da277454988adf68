import "server-only";
import { type AdminComponent, getComponentLayout } from "@/lib/components/admin-layout";
import { getPageSettings } from "@/lib/page/queries";
import { BADGE_PATHS, type BadgeEmbed, badgeEmbed } from "./badge-snippets";

export interface BadgeEmbedRow {
  key: string;
  name: string;
  kind: "page" | "group" | "component";
  embeds: BadgeEmbed[];
}

/** The page's badge, then each group and component the public page shows, in its order; hidden ones have no badge. */
export async function listBadgeEmbeds(): Promise<{ pageUrl: string; rows: BadgeEmbedRow[] }> {
  const [page, layout] = await Promise.all([getPageSettings(), getComponentLayout()]);
  const embed = (path: string, title: string) => badgeEmbed(page.url, path, title);
  const componentRow = (c: AdminComponent): BadgeEmbedRow => ({
    key: c.id,
    name: c.name,
    kind: "component",
    embeds: [embed(BADGE_PATHS.status(c.slug), `${c.name} status`), embed(BADGE_PATHS.uptime(c.slug), `${c.name} uptime`)],
  });

  const rows: BadgeEmbedRow[] = [
    { key: "page", name: page.name, kind: "page", embeds: [embed(BADGE_PATHS.page, `${page.name} overall status`)] },
  ];
  for (const entry of layout) {
    if (entry.kind === "component") {
      if (entry.component.showcase) rows.push(componentRow(entry.component));
      continue;
    }
    const shown = entry.group.components.filter((c) => c.showcase);
    if (shown.length === 0) continue;
    const { id, name } = entry.group;
    rows.push({ key: id, name, kind: "group", embeds: [embed(BADGE_PATHS.status(id), `${name} status`)] }, ...shown.map(componentRow));
  }
  return { pageUrl: page.url, rows };
}

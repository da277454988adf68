import type { Metadata } from "next";
import { BadgeEmbedCard } from "@/components/admin/badge-embed-card";
import { Card, SectionHeading } from "@/components/ui/card";
import { may } from "@/lib/auth/roles";
import { requireAdmin } from "@/lib/auth/session";
import { listBadgeEmbeds } from "@/lib/badges/admin-embeds";

export const metadata: Metadata = { title: "Badges" };
export const dynamic = "force-dynamic";

const KIND_LABEL = { page: "Whole page", group: "Group", component: "Component" } as const;
const code = "font-mono text-xs";

export default async function BadgesPage() {
  const session = await requireAdmin({ permission: "badges.view" });
  const { pageUrl, rows } = await listBadgeEmbeds();
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Badges</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Status and uptime badges to embed in a README or another site. The snippets use the page URL from{" "}
          {/* Editors cannot open the settings, so they get the word without the link. */}
          {may(session.role, "page-settings.edit") ? (
            <a href="/admin/settings" className="text-sky-700 underline dark:text-sky-400">
              Settings
            </a>
          ) : (
            "Settings"
          )}{" "}
          (<span className={code}>{pageUrl}</span>). Add <span className={code}>?style=flat-square</span> (or{" "}
          <span className={code}>flat</span>, <span className={code}>plastic</span>, <span className={code}>for-the-badge</span>,{" "}
          <span className={code}>social</span>), <span className={code}>?label=…</span>, <span className={code}>?theme=dark</span>, and for
          uptime <span className={code}>?days=1–90</span> (default 30).
        </p>
      </div>
      {rows.map((row) => (
        <section key={row.key} aria-labelledby={`badge-${row.key}`}>
          <SectionHeading id={`badge-${row.key}`}>
            {row.name} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">· {KIND_LABEL[row.kind]}</span>
          </SectionHeading>
          <Card className="divide-y divide-zinc-200 px-4 dark:divide-zinc-800">
            {row.embeds.map((embed, index) => (
              <BadgeEmbedCard key={embed.path} embed={embed} idPrefix={`badge-${row.key}-${index}`} />
            ))}
          </Card>
        </section>
      ))}
    </>
  );
}

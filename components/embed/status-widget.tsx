import { getTranslations } from "next-intl/server";
import { LiveUpdates } from "@/components/live/live-updates";
import { IMPACT_BORDER, INDICATOR_BANNER } from "@/components/status/status-style";
import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import type { EmbedTheme, WidgetHeadline, WidgetView } from "@/lib/embed/widget-view";
import { pageLinks } from "@/lib/pages/request-page";

const ICON: Record<StatusIndicator, string> = { none: "✓", minor: "!", major: "!", critical: "✕", maintenance: "⚙" };

// The widget lives in someone else's page: every link opens the status page in a new tab.
const NEW_TAB = { target: "_blank", rel: "noopener" } as const;
const newTabHint = (text: string) => <span className="sr-only">{text}</span>;

/** The compact status card served at /embed: fits a 320×140 frame and grows to about 480 wide. */
export async function StatusWidget({ view, theme, version = null }: { view: WidgetView; theme: EmbedTheme; version?: string | null }) {
  const { headline } = view;
  const link = await pageLinks();
  const t = await getTranslations();
  const NEW_TAB_HINT = newTabHint(t("common.opensInNewTab"));
  const pageLink =
    headline && headline.moreCount > 0 ? t("embed.more", { count: headline.moreCount }) : t("embed.title", { pageName: view.pageName });
  return (
    <main
      data-embed-theme={theme}
      data-indicator={view.indicator}
      className="flex h-screen flex-col gap-1.5 overflow-hidden p-2.5 text-sm text-(--embed-text)"
    >
      <a
        href={link("/")}
        {...NEW_TAB}
        className={`flex items-center gap-2 rounded-lg px-3 py-1.5 font-semibold ${INDICATOR_BANNER[view.indicator]}`}
      >
        <span aria-hidden className="grid size-5 shrink-0 place-items-center rounded-full bg-white/20 text-xs">
          {ICON[view.indicator]}
        </span>
        <span className="truncate" id="embed-overall-status">
          {t(`status.indicator.${view.indicator}`)}
        </span>
        {NEW_TAB_HINT}
      </a>
      {headline ? (
        <Headline headline={headline} newTab={NEW_TAB_HINT} />
      ) : (
        <p className="px-1 text-xs text-(--embed-muted)">{t("embed.nothingActive")}</p>
      )}
      <div className="mt-auto flex items-center justify-between gap-2 text-xs text-(--embed-muted)">
        <a href={link("/")} {...NEW_TAB} className="min-w-0 truncate font-medium text-(--embed-link) hover:underline">
          {pageLink} ↗{NEW_TAB_HINT}
        </a>
        <LiveUpdates className="shrink-0" label={t("live.updated")} renderedVersion={version} />
      </div>
    </main>
  );
}

async function Headline({ headline, newTab }: { headline: WidgetHeadline; newTab: React.ReactNode }) {
  const link = await pageLinks();
  const t = await getTranslations();
  const border = headline.tone === "maintenance" ? "border-s-sky-500" : IMPACT_BORDER[headline.tone];
  return (
    <section
      aria-label={headline.kind === "incident" ? t("embed.activeIncident") : t("embed.maintenanceInProgress")}
      className={`min-w-0 border-s-4 ps-2 ${border}`}
    >
      <a href={link(headline.href)} {...NEW_TAB} className="line-clamp-1 font-semibold hover:underline" data-embed-headline>
        {headline.name}
        {newTab}
      </a>
      <p className="line-clamp-2 text-xs text-(--embed-muted)">
        <span className="font-semibold text-(--embed-text)">
          {headline.kind === "incident"
            ? t(`status.incident.${headline.status}`)
            : t("embed.maintenanceStatus", { status: t(`status.maintenance.${headline.status}`) })}
        </span>
        {headline.text && ` — ${headline.text}`}
      </p>
    </section>
  );
}

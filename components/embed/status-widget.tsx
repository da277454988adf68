import { LiveUpdates } from "@/components/live/live-updates";
import { IMPACT_BORDER, INDICATOR_BANNER } from "@/components/status/status-style";
import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import type { EmbedTheme, WidgetHeadline, WidgetView } from "@/lib/embed/widget-view";
import { pageLinks } from "@/lib/pages/request-page";
import { statusTitle } from "@/lib/text/status-title";

const ICON: Record<StatusIndicator, string> = { none: "✓", minor: "!", major: "!", critical: "✕", maintenance: "⚙" };

// The widget lives in someone else's page: every link opens the status page in a new tab.
const NEW_TAB = { target: "_blank", rel: "noopener" } as const;
const NEW_TAB_HINT = <span className="sr-only"> (opens in a new tab)</span>;

/** The compact status card served at /embed: fits a 320×140 frame and grows to about 480 wide. */
export async function StatusWidget({ view, theme, version = null }: { view: WidgetView; theme: EmbedTheme; version?: string | null }) {
  const { headline } = view;
  const link = await pageLinks();
  const pageLink =
    headline && headline.moreCount > 0 ? `+${headline.moreCount} more on the status page` : statusTitle(view.pageName, "page");
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
          {view.description}
        </span>
        {NEW_TAB_HINT}
      </a>
      {headline ? (
        <Headline headline={headline} />
      ) : (
        <p className="px-1 text-xs text-(--embed-muted)">No incidents or maintenance in progress.</p>
      )}
      <div className="mt-auto flex items-center justify-between gap-2 text-xs text-(--embed-muted)">
        <a href={link("/")} {...NEW_TAB} className="min-w-0 truncate font-medium text-(--embed-link) hover:underline">
          {pageLink} ↗{NEW_TAB_HINT}
        </a>
        <LiveUpdates className="shrink-0" label="Updated" renderedVersion={version} />
      </div>
    </main>
  );
}

async function Headline({ headline }: { headline: WidgetHeadline }) {
  const link = await pageLinks();
  const border = headline.tone === "maintenance" ? "border-l-sky-500" : IMPACT_BORDER[headline.tone];
  return (
    <section
      aria-label={headline.kind === "incident" ? "Active incident" : "Maintenance in progress"}
      className={`min-w-0 border-l-4 pl-2 ${border}`}
    >
      <a href={link(headline.href)} {...NEW_TAB} className="line-clamp-1 font-semibold hover:underline" data-embed-headline>
        {headline.name}
        {NEW_TAB_HINT}
      </a>
      <p className="line-clamp-2 text-xs text-(--embed-muted)">
        <span className="font-semibold text-(--embed-text)">{headline.statusLabel}</span>
        {headline.text && ` — ${headline.text}`}
      </p>
    </section>
  );
}

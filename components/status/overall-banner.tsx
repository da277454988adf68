import { useTranslations } from "next-intl";
import { RelativeTime } from "@/components/time/relative-time";
import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import { INDICATOR_BANNER } from "./status-style";

const ICON: Record<StatusIndicator, string> = { none: "✓", minor: "!", major: "!", critical: "✕", maintenance: "⚙" };

export function OverallBanner({
  indicator,
  description,
  generatedAt,
}: {
  indicator: StatusIndicator;
  description: string;
  /** When the view was computed, for pages without the live clock (the admin dashboard); the public page has one clock, the live one. */
  generatedAt?: Date;
}) {
  const t = useTranslations();
  const iso = generatedAt?.toISOString();
  return (
    <section
      aria-labelledby="overall-status"
      data-indicator={indicator}
      className={`flex items-center gap-4 rounded-xl px-5 py-5 shadow-sm sm:px-6 ${INDICATOR_BANNER[indicator]}`}
    >
      <span aria-hidden className="grid size-10 shrink-0 place-items-center rounded-full bg-white/20 text-xl font-bold">
        {ICON[indicator]}
      </span>
      <div>
        <h2 id="overall-status" className="text-xl font-semibold sm:text-2xl">
          {t.has(`status.indicator.${indicator}`) ? t(`status.indicator.${indicator}`) : description}
        </h2>
        {iso && (
          <p className="text-sm opacity-90">{t.rich("statusPage.updated", { when: () => <RelativeTime iso={iso} serverNow={iso} /> })}</p>
        )}
      </div>
    </section>
  );
}

import { useTranslations } from "next-intl";
import type { SnapshotThirdParty } from "@/lib/statuspage/snapshot";

/** "Third-party · GitHub", linked to the vendor's page, with the vendor's active incident or why the status is unknown. */
export function ThirdPartyNote({ thirdParty }: { thirdParty: SnapshotThirdParty }) {
  const t = useTranslations("status");
  return (
    <div className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400" data-third-party={thirdParty.vendor}>
      <p>
        {t("thirdParty")} ·{" "}
        <a
          href={thirdParty.url}
          className="underline underline-offset-2 hover:text-zinc-900 dark:hover:text-zinc-100"
          rel="noopener noreferrer"
        >
          {thirdParty.vendor}
        </a>
      </p>
      {thirdParty.unavailable && <p>{t("unavailableFrom", { vendor: thirdParty.vendor })}</p>}
      {thirdParty.incidentTitle && (
        <p>
          {t("vendorReports", { vendor: thirdParty.vendor })}{" "}
          <span className="font-medium text-zinc-800 dark:text-zinc-200">{thirdParty.incidentTitle}</span>
        </p>
      )}
    </div>
  );
}

import { useTranslations } from "next-intl";
import { StatusDot } from "@/components/ui/status-dot";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import type { SnapshotThirdParty } from "@/lib/statuspage/snapshot";
import { COMPONENT_STATUS_TEXT } from "./status-style";

/** A component's status beside its name; a mirrored vendor that could not be read is "Unknown", grey. */
export function ComponentStatusLabel({ status, thirdParty }: { status: ComponentStatus; thirdParty: SnapshotThirdParty | null }) {
  const t = useTranslations("status");
  if (thirdParty?.unavailable) {
    return (
      <span
        className="flex shrink-0 items-center gap-2 text-sm font-medium text-zinc-600 dark:text-zinc-400"
        title={t("unavailableFrom", { vendor: thirdParty.vendor })}
      >
        <span aria-hidden className="inline-block size-2.5 shrink-0 rounded-full bg-zinc-400 dark:bg-zinc-500" />
        {t("unknown")}
      </span>
    );
  }
  return (
    <span className={`flex shrink-0 items-center gap-2 text-sm font-medium ${COMPONENT_STATUS_TEXT[status]}`}>
      <StatusDot status={status} />
      {t(`component.${status}`)}
    </span>
  );
}

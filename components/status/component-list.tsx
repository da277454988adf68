import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { StatusDot } from "@/components/ui/status-dot";
import type { ComponentSection } from "@/lib/status/queries";
import { ComponentRow } from "./component-row";
import { COMPONENT_STATUS_TEXT } from "./status-style";
import type { UptimeBarWords } from "./uptime-bar-words";

type GroupSection = Extract<ComponentSection, { kind: "group" }>;
type ComponentView = Extract<ComponentSection, { kind: "component" }>["component"];
type Block = { kind: "group"; group: GroupSection } | { kind: "ungrouped"; components: ComponentView[] };

/** Neighbouring ungrouped components share one card; each group has its own, so no component looks like a group's member. */
function blocksOf(sections: ComponentSection[]): Block[] {
  const blocks: Block[] = [];
  for (const section of sections) {
    const last = blocks.at(-1);
    if (section.kind === "group") blocks.push({ kind: "group", group: section });
    else if (last?.kind === "ungrouped") last.components.push(section.component);
    else blocks.push({ kind: "ungrouped", components: [section.component] });
  }
  return blocks;
}

const DAY_LEVELS = ["no_data", "operational", "maintenance", "minor", "major", "critical"] as const;

export function ComponentList({ sections }: { sections: ComponentSection[] }) {
  const t = useTranslations("statusPage");
  const uptime = useTranslations("uptime");
  const level = useTranslations("status.dayLevel");
  // Raw templates: the island fills {percent}, {date}, … in the browser.
  const words: UptimeBarWords = {
    percentUptime: uptime.raw("percentUptime"),
    noData: uptime("noData"),
    dayDescription: uptime.raw("dayDescription"),
    dayIncidents: uptime.raw("dayIncidents"),
    levels: Object.fromEntries(DAY_LEVELS.map((key) => [key, level(key)])) as UptimeBarWords["levels"],
  };
  return (
    <section aria-labelledby="components-heading" className="space-y-3" data-uptime-words={JSON.stringify(words)}>
      <h2 id="components-heading" className="sr-only">
        {t("componentsHeading")}
      </h2>
      {blocksOf(sections).map((block) =>
        block.kind === "ungrouped" ? (
          <Card key={block.components[0].id}>
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {block.components.map((component) => (
                <ComponentRow key={component.id} component={component} />
              ))}
            </ul>
          </Card>
        ) : (
          <Card key={block.group.id} className="overflow-hidden">
            <GroupDetails section={block.group} />
          </Card>
        ),
      )}
    </section>
  );
}

function GroupDetails({ section }: { section: GroupSection }) {
  const t = useTranslations();
  return (
    <details open className="group">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-3 bg-zinc-50 px-4 py-3 sm:px-5 dark:bg-zinc-900/60">
        <span className="flex min-w-0 items-center gap-2 font-semibold text-zinc-900 dark:text-zinc-100">
          <span aria-hidden className="text-zinc-500 transition-transform group-open:rotate-90 rtl:-scale-x-100 rtl:group-open:rotate-90">
            ›
          </span>
          {section.name}
          <span className="hidden text-xs font-normal text-zinc-600 sm:inline dark:text-zinc-400">
            ({t("statusPage.groupSize", { count: section.components.length })})
          </span>
        </span>
        <span className={`flex shrink-0 items-center gap-2 text-sm font-medium ${COMPONENT_STATUS_TEXT[section.status]}`}>
          <StatusDot status={section.status} />
          {t(`status.component.${section.status}`)}
        </span>
      </summary>
      <ul className="divide-y divide-zinc-100 border-t border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {section.components.map((component) => (
          <ComponentRow key={component.id} component={component} />
        ))}
      </ul>
    </details>
  );
}

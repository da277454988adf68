import { Card } from "@/components/ui/card";
import { StatusDot } from "@/components/ui/status-dot";
import { COMPONENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { ComponentSection } from "@/lib/status/queries";
import { ComponentRow } from "./component-row";
import { COMPONENT_STATUS_TEXT } from "./status-style";

export function ComponentList({ sections }: { sections: ComponentSection[] }) {
  return (
    <section aria-labelledby="components-heading">
      <h2 id="components-heading" className="sr-only">
        Components
      </h2>
      <Card className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {sections.map((section) =>
          section.kind === "component" ? (
            <ul key={section.component.id}>
              <ComponentRow component={section.component} />
            </ul>
          ) : (
            <details key={section.id} open className="group">
              <summary className="flex cursor-pointer list-none items-center justify-between gap-3 bg-zinc-50 px-4 py-3 sm:px-5 dark:bg-zinc-900/60">
                <span className="flex items-center gap-2 font-semibold text-zinc-900 dark:text-zinc-100">
                  <span aria-hidden className="text-zinc-500 transition-transform group-open:rotate-90">
                    ›
                  </span>
                  {section.name}
                  <span className="hidden text-xs font-normal text-zinc-600 sm:inline dark:text-zinc-400">
                    ({section.components.length} components)
                  </span>
                </span>
                <span className={`flex items-center gap-2 text-sm font-medium ${COMPONENT_STATUS_TEXT[section.status]}`}>
                  <StatusDot status={section.status} />
                  {COMPONENT_STATUS_LABEL[section.status]}
                </span>
              </summary>
              <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {section.components.map((component) => (
                  <ComponentRow key={component.id} component={component} />
                ))}
              </ul>
            </details>
          ),
        )}
      </Card>
    </section>
  );
}

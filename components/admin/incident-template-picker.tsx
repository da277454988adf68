import Link from "next/link";
import type { IncidentTemplateChoice } from "./incident-template-prefill";

/** Links that reopen "Open an incident" filled from a saved template, or blank again. */
export function IncidentTemplatePicker({ templates, chosenId }: { templates: IncidentTemplateChoice[]; chosenId?: string }) {
  const linkClass = "rounded-md border px-2.5 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800";
  const chosenClass = "border-zinc-900 font-semibold dark:border-white";
  const otherClass = "border-zinc-300 dark:border-zinc-700";
  return (
    <nav aria-labelledby="start-from-template" className="space-y-2">
      <h2 id="start-from-template" className="text-sm font-medium">
        Start from a template
      </h2>
      {templates.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No templates yet.{" "}
          <Link href="/admin/templates" className="underline">
            Save one
          </Link>{" "}
          for incidents you open often.
        </p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {templates.map((t) => (
            <li key={t.id}>
              <Link
                href={`/admin/incidents/new?template=${encodeURIComponent(t.id)}`}
                aria-current={t.id === chosenId ? "page" : undefined}
                className={`${linkClass} ${t.id === chosenId ? chosenClass : otherClass} inline-block`}
              >
                {t.name}
              </Link>
            </li>
          ))}
          {chosenId && (
            <li>
              <Link href="/admin/incidents/new" className={`${linkClass} ${otherClass} inline-block`}>
                Blank incident
              </Link>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}

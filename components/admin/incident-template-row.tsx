import Link from "next/link";
import type { FormActionFor } from "@/lib/admin-actions/form-state";
import type { ComponentChoice } from "@/lib/components/queries";
import { IMPACT_LABEL, INCIDENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { IncidentTemplateChoice } from "./incident-template-prefill";
import { DeleteAction, smallButtonClass } from "./inline-action";

/** One template in the admin list: what it fills in, and links to use, edit or delete it. */
export function IncidentTemplateRow({
  template,
  components,
  remove,
}: {
  template: IncidentTemplateChoice;
  components: ComponentChoice[];
  remove: FormActionFor<[templateId: string]>;
}) {
  const { id, name } = template;
  const componentNames = components.filter((c) => template.componentIds.includes(c.id)).map((c) => c.name);
  return (
    <li className="space-y-2 px-4 py-3" aria-label={name}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium">{name}</p>
          <p className="text-sm">{template.title}</p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {IMPACT_LABEL[template.impact]} impact · {INCIDENT_STATUS_LABEL[template.status]}
            {componentNames.length > 0 ? ` · ${componentNames.join(", ")}` : ""}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Link
            href={`/admin/incidents/new?template=${encodeURIComponent(id)}`}
            aria-label={`Open an incident from ${name}`}
            className={smallButtonClass}
          >
            Open incident
          </Link>
          <Link
            href={`/admin/templates?edit=${encodeURIComponent(id)}#template-form`}
            aria-label={`Edit ${name}`}
            className={smallButtonClass}
          >
            Edit
          </Link>
        </div>
      </div>
      <DeleteAction
        action={remove.bind(null, id)}
        what={name}
        consequence={`The template ${name} will be deleted. Incidents opened from it stay as they are.`}
      />
    </li>
  );
}

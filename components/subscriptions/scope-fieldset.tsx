import { useTranslations } from "next-intl";
import type { SubscribableChoices } from "@/lib/subscriptions/queries";

const box = "flex items-center gap-2 rounded-lg border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800";

/** Group and component checkboxes (`groupId`, `componentId`); none checked means every update. */
export function ScopeFieldset({
  choices,
  checkedComponents,
  checkedGroups,
  errors,
}: {
  choices: SubscribableChoices;
  checkedComponents: string[];
  checkedGroups: string[];
  errors?: string[];
}) {
  const t = useTranslations("subscribe");
  const all = [...choices.groups.flatMap((g) => g.components), ...choices.ungrouped];
  if (all.length === 0) return null;
  return (
    <fieldset className="space-y-3" aria-describedby="scope-help scope-error">
      <legend className="text-sm font-medium">{t("scopeLegend")}</legend>
      <p id="scope-help" className="text-sm text-zinc-600 dark:text-zinc-400">
        {t("scopeHelp")}
      </p>
      {choices.groups.map((group) => (
        <div key={group.id} className="space-y-2">
          <label className={`${box} font-medium`}>
            <input type="checkbox" name="groupId" value={group.id} defaultChecked={checkedGroups.includes(group.id)} />
            {t("allOfGroup", { group: group.name })}
          </label>
          <div className="grid gap-2 ps-4 sm:grid-cols-2">
            {group.components.map((c) => (
              <label key={c.id} className={box}>
                <input type="checkbox" name="componentId" value={c.id} defaultChecked={checkedComponents.includes(c.id)} />
                {c.name}
              </label>
            ))}
          </div>
        </div>
      ))}
      {choices.ungrouped.length > 0 && (
        <div className="grid gap-2 sm:grid-cols-2">
          {choices.groups.length > 0 && (
            <p className="text-xs font-medium uppercase tracking-wide text-zinc-500 sm:col-span-2 dark:text-zinc-400">{t("notInGroup")}</p>
          )}
          {choices.ungrouped.map((c) => (
            <label key={c.id} className={box}>
              <input type="checkbox" name="componentId" value={c.id} defaultChecked={checkedComponents.includes(c.id)} />
              {c.name}
            </label>
          ))}
        </div>
      )}
      {errors?.length ? (
        <p id="scope-error" className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

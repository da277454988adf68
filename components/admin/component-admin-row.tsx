import type { FormActionFor } from "@/lib/admin-actions/form-state";
import type { AdminComponent } from "@/lib/components/admin-layout";
import type { MoveDirection } from "@/lib/components/ordering";
import { COMPONENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { ComponentForm } from "./component-form";
import { DeleteAction, InlineAction } from "./inline-action";

/** The server actions a component row runs, each taking the component's id first. */
export interface ComponentRowActions {
  move: FormActionFor<[componentId: string, direction: MoveDirection]>;
  setShown: FormActionFor<[componentId: string, showcase: boolean]>;
  edit: FormActionFor<[componentId: string]>;
  remove: FormActionFor<[componentId: string]>;
}

/** One component in the admin list: its place, visibility, details and deletion. */
export function ComponentAdminRow({
  component,
  groups,
  first,
  last,
  actions,
}: {
  component: AdminComponent;
  groups: { id: string; name: string }[];
  first: boolean;
  last: boolean;
  actions: ComponentRowActions;
}) {
  const { id, name } = component;
  return (
    <li className="space-y-2 px-4 py-3" aria-label={name}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="font-medium">
            {name}
            {!component.showcase && (
              <span className="ml-2 rounded bg-zinc-200 px-1.5 py-0.5 text-xs font-semibold text-zinc-700 dark:bg-zinc-700 dark:text-zinc-200">
                Hidden
              </span>
            )}
          </p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {COMPONENT_STATUS_LABEL[component.status]} · <code>{component.slug}</code>
            {component.description ? ` · ${component.description}` : ""}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <InlineAction action={actions.move.bind(null, id, "up")} label={`Move ${name} up`} disabled={first}>
            ↑
          </InlineAction>
          <InlineAction action={actions.move.bind(null, id, "down")} label={`Move ${name} down`} disabled={last}>
            ↓
          </InlineAction>
          <InlineAction
            action={actions.setShown.bind(null, id, !component.showcase)}
            label={component.showcase ? `Hide ${name} from the public page` : `Show ${name} on the public page`}
          >
            {component.showcase ? "Hide" : "Show"}
          </InlineAction>
        </div>
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <details className="min-w-0 flex-1 text-sm">
          <summary className="cursor-pointer">Edit</summary>
          <div className="mt-3">
            <ComponentForm action={actions.edit.bind(null, id)} component={component} groups={groups} />
          </div>
        </details>
        <DeleteAction
          action={actions.remove.bind(null, id)}
          what={name}
          consequence={`${name} and its status history will be deleted. This can't be undone.`}
        />
      </div>
    </li>
  );
}

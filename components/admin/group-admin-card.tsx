import { Card } from "@/components/ui/card";
import type { FormActionFor } from "@/lib/admin-actions/form-state";
import type { AdminGroup } from "@/lib/components/admin-layout";
import type { MoveDirection } from "@/lib/components/ordering";
import { countNoun } from "@/lib/text/count-noun";
import { ComponentAdminRow, type ComponentRowActions } from "./component-admin-row";
import { GroupForm } from "./group-form";
import { DeleteAction, InlineAction } from "./inline-action";

/** The server actions a group card runs, each taking the group's id first, and those of its component rows. */
export interface GroupCardActions {
  move: FormActionFor<[groupId: string, direction: MoveDirection]>;
  rename: FormActionFor<[groupId: string]>;
  remove: FormActionFor<[groupId: string]>;
  component: ComponentRowActions;
}

/** A component group in the admin list: its place, details and deletion, then its components in order. */
export function GroupAdminCard({
  group,
  groups,
  first,
  last,
  actions,
}: {
  group: AdminGroup;
  groups: { id: string; name: string }[];
  first: boolean;
  last: boolean;
  actions: GroupCardActions;
}) {
  const { id, name } = group;
  return (
    <Card>
      <div className="space-y-2 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h3 className="font-semibold">
              {name} <span className="text-xs font-normal text-zinc-600 dark:text-zinc-400">group</span>
            </h3>
            {group.description && <p className="text-xs text-zinc-600 dark:text-zinc-400">{group.description}</p>}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <InlineAction action={actions.move.bind(null, id, "up")} label={`Move ${name} up`} disabled={first}>
              ↑
            </InlineAction>
            <InlineAction action={actions.move.bind(null, id, "down")} label={`Move ${name} down`} disabled={last}>
              ↓
            </InlineAction>
          </div>
        </div>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          <details className="min-w-0 flex-1 text-sm">
            <summary className="cursor-pointer">Rename</summary>
            <div className="mt-3">
              <GroupForm action={actions.rename.bind(null, id)} group={{ name, description: group.description }} />
            </div>
          </details>
          <DeleteAction
            action={actions.remove.bind(null, id)}
            what={`group ${name}`}
            consequence={`The group goes; its ${countNoun(group.components.length, "component")} ${group.components.length === 1 ? "stays" : "stay"} on the page, ungrouped, where the group was.`}
          />
        </div>
      </div>
      {group.components.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-600 dark:text-zinc-400">
          No components yet. The public page shows the group once it has one.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {group.components.map((component, index) => (
            <ComponentAdminRow
              key={component.id}
              component={component}
              groups={groups}
              first={index === 0}
              last={index === group.components.length - 1}
              actions={actions.component}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

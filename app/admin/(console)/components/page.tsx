import type { Metadata } from "next";
import { ComponentAdminRow } from "@/components/admin/component-admin-row";
import { ComponentForm } from "@/components/admin/component-form";
import { GroupAdminCard } from "@/components/admin/group-admin-card";
import { GroupForm } from "@/components/admin/group-form";
import { PageFilterForm } from "@/components/admin/page-filter-select";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { getComponentLayout } from "@/lib/components/admin-layout";
import { listReachOfSession } from "@/lib/editor-pages/list-reach";
import { componentsOn } from "@/lib/editor-pages/where";
import { listPageChoices } from "@/lib/pages/form-choices";
import {
  addComponent,
  addComponentGroup,
  editComponent,
  editComponentGroup,
  moveComponentGroupOnPage,
  moveComponentOnPage,
  removeComponent,
  removeComponentGroup,
  setComponentShown,
} from "./actions";

export const metadata: Metadata = { title: "Components" };
export const dynamic = "force-dynamic";

const componentActions = { move: moveComponentOnPage, setShown: setComponentShown, edit: editComponent, remove: removeComponent };
const groupActions = {
  move: moveComponentGroupOnPage,
  rename: editComponentGroup,
  remove: removeComponentGroup,
  component: componentActions,
};

export default async function ComponentsPage({ searchParams }: { searchParams: Promise<{ statusPage?: string }> }) {
  const session = await requireAdmin({ permission: "components.manage" });
  const statusPage = (await searchParams).statusPage?.trim() || undefined;
  const [reach, pages] = await Promise.all([listReachOfSession(session, statusPage), listPageChoices()]);
  const layout = await getComponentLayout(reach.reaches.length ? componentsOn(reach.reaches) : undefined);
  const groups = layout.flatMap((entry) => (entry.kind === "group" ? [{ id: entry.group.id, name: entry.group.name }] : []));
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Components</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          In the order the public page shows them: groups and ungrouped components share the top level.
        </p>
      </div>
      <PageFilterForm action="/admin/components" pages={pages} selected={statusPage} />
      <section aria-labelledby="page-order" className="space-y-4">
        <SectionHeading id="page-order">On the page</SectionHeading>
        {layout.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">No components yet.</p>}
        {layout.map((entry, index) => {
          const edges = { first: index === 0, last: index === layout.length - 1 };
          return entry.kind === "group" ? (
            <GroupAdminCard key={entry.group.id} group={entry.group} groups={groups} actions={groupActions} {...edges} />
          ) : (
            <Card key={entry.component.id}>
              <p className="border-b border-dashed border-zinc-200 px-4 py-1.5 text-xs font-medium uppercase tracking-wide text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
                Not in a group
              </p>
              <ul>
                <ComponentAdminRow component={entry.component} groups={groups} actions={componentActions} {...edges} />
              </ul>
            </Card>
          );
        })}
      </section>
      <section aria-labelledby="add-component">
        <SectionHeading id="add-component">Add a component</SectionHeading>
        <Card className="p-4">
          <ComponentForm action={addComponent} groups={groups} />
        </Card>
      </section>
      <section aria-labelledby="add-group">
        <SectionHeading id="add-group">Add a group</SectionHeading>
        <Card className="p-4">
          <GroupForm action={addComponentGroup} />
        </Card>
      </section>
    </>
  );
}

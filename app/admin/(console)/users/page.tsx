import type { Metadata } from "next";
import { EditorPagesForm } from "@/components/admin/editor-pages-form";
import { inputClass } from "@/components/admin/form-controls";
import { InviteAdminForm } from "@/components/admin/invite-admin-form";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { listEditorPages } from "@/lib/editor-pages/set-pages";
import { listPages } from "@/lib/pages/queries";
import { listAdmins } from "@/lib/users/manage";
import { invite, remove, setPages, setRole } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admins" };

export default async function UsersPage() {
  const session = await requireAdmin({ permission: "users.manage" });
  const [admins, pages, limits] = await Promise.all([listAdmins(), listPages(), listEditorPages()]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Admins</h1>
      <Card className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {admins.map((admin) => (
          <div key={admin.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3" data-admin={admin.email}>
            <div>
              <p className="font-medium">{admin.email}</p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">{admin.name}</p>
              {admin.role === "editor" && pages.length > 1 && (
                <EditorPagesForm
                  email={admin.email}
                  pages={pages}
                  limitedTo={limits.get(admin.id) ?? []}
                  save={setPages.bind(null, admin.id)}
                />
              )}
            </div>
            <div className="flex items-center gap-3">
              <form action={setRole.bind(null, admin.id)} className="flex items-center gap-2">
                <label htmlFor={`role-${admin.id}`} className="sr-only">
                  Role of {admin.email}
                </label>
                <select id={`role-${admin.id}`} name="role" defaultValue={admin.role} className={`${inputClass} mt-0 w-32`}>
                  <option value="editor">Editor</option>
                  <option value="owner">Owner</option>
                </select>
                <button type="submit" className="text-sm font-medium text-sky-700 hover:underline dark:text-sky-400">
                  Save role
                </button>
              </form>
              {admin.id !== session.userId && (
                <form action={remove.bind(null, admin.id)}>
                  <button type="submit" className="text-sm font-medium text-red-700 hover:underline dark:text-red-400">
                    Remove
                  </button>
                </form>
              )}
            </div>
          </div>
        ))}
      </Card>
      <section aria-labelledby="invite-heading">
        <SectionHeading id="invite-heading">Invite an admin</SectionHeading>
        <Card className="p-5">
          <InviteAdminForm invite={invite} />
        </Card>
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PageForm } from "@/components/admin/page-form";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { pageFormChoices } from "@/lib/pages/form-choices";
import { listPages } from "@/lib/pages/queries";
import { createPageAction } from "./actions";

export const metadata: Metadata = { title: "Pages" };
export const dynamic = "force-dynamic";

export default async function PagesPage() {
  await requireAdmin({ permission: "page-settings.edit" });
  const [pages, choices] = await Promise.all([listPages(), pageFormChoices()]);
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Pages</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Several status pages, each with its own components, incidents and addresses. The default page answers on / and on every host no
          other page claims.
        </p>
      </div>
      <Card className="p-0">
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {pages.map((page) => (
            <li key={page.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm">
              <Link href={`/admin/pages/${page.id}`} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
                {page.name}
              </Link>
              <span className="text-zinc-600 dark:text-zinc-400">
                {page.isDefault ? "Default page · " : ""}/p/{page.slug}
                {page.domains.length > 0 ? ` · ${page.domains.join(", ")}` : ""}
                {page.showAllComponents
                  ? " · every component"
                  : ` · ${page.componentIds.length} components, ${page.groupIds.length} groups`}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <section aria-labelledby="new-page-heading" className="space-y-3">
        <h2 id="new-page-heading" className="text-lg font-semibold">
          New page
        </h2>
        <Card className="p-4">
          <PageForm save={createPageAction} page={null} choices={choices} submitLabel="Create page" />
        </Card>
      </section>
    </>
  );
}

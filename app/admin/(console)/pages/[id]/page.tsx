import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageForm } from "@/components/admin/page-form";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { pageFormChoices } from "@/lib/pages/form-choices";
import { getPage } from "@/lib/pages/queries";
import { PageAccessSection } from "../../settings/page-access-section";
import { deletePageAction, updatePageAction } from "../actions";

export const metadata: Metadata = { title: "Page" };
export const dynamic = "force-dynamic";

export default async function EditPagePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  await requireAdmin({ permission: "page-settings.edit" });
  const { id } = await params;
  const [page, choices, { saved }] = await Promise.all([getPage(id), pageFormChoices(), searchParams]);
  if (!page) notFound();
  return (
    <>
      <div>
        <p className="text-sm">
          <Link href="/admin/pages" className="text-sky-700 hover:underline dark:text-sky-400">
            ← Pages
          </Link>
        </p>
        <h1 className="text-2xl font-bold tracking-tight">{page.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {page.isDefault ? "The default page: it answers on / (its name and URL are also on Settings). " : ""}Public at{" "}
          <a href={`/p/${page.slug}`} className="text-sky-700 underline dark:text-sky-400">
            /p/{page.slug}
          </a>
          {page.domains.map((domain) => ` and https://${domain}`)}.
        </p>
        {saved && (
          <p role="status" className="mt-2 text-sm font-medium text-emerald-700 dark:text-emerald-400">
            Saved.
          </p>
        )}
      </div>
      <Card className="p-4">
        <PageForm save={updatePageAction.bind(null, page.id)} page={page} choices={choices} submitLabel="Save page" />
      </Card>
      <PageAccessSection pageId={page.id} />
      {!page.isDefault && (
        <form action={deletePageAction.bind(null, page.id)}>
          <button type="submit" className="text-sm font-medium text-red-700 underline dark:text-red-400">
            Remove this page (its subscribers too)
          </button>
        </form>
      )}
    </>
  );
}

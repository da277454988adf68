import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { readPageModel } from "@/lib/pages/request-page";

/** The page's own header and footer around the 404, so a reader who followed a dead link knows whose page this is. */
export default async function NotFound() {
  // From the public model, never the store: React renders this boundary with every page, so a store read here
  // would make every public render wait for the store. Without a model, the shell carries the default name.
  const page = await readPageModel()
    .then((model) => model.page)
    .catch(() => ({ name: "Status", logoUrl: null }));
  const t = await getTranslations("errors");
  return (
    <PageShell pageName={page.name} logoUrl={page.logoUrl}>
      <div className="grid min-h-[50vh] place-content-center gap-3 text-center">
        <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
        <h1 className="text-2xl font-bold tracking-tight">{t("notFoundTitle")}</h1>
        <p className="text-zinc-600 dark:text-zinc-400">{t("notFoundBody")}</p>
        <p>
          <Link href="/" className="font-medium text-sky-700 hover:underline dark:text-sky-400">
            {t("backToCurrentStatus")}
          </Link>
        </p>
      </div>
    </PageShell>
  );
}

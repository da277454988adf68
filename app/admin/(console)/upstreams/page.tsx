import type { Metadata } from "next";
import Link from "next/link";
import { inputClass } from "@/components/admin/form-controls";
import { Card, SectionHeading } from "@/components/ui/card";
import { UpstreamForm } from "@/components/upstreams/upstream-form";
import { UpstreamHealth } from "@/components/upstreams/upstream-health";
import { requireAdmin } from "@/lib/auth/session";
import { searchCatalogue } from "@/lib/upstreams/catalogue";
import { listUpstreamsForAdmin } from "@/lib/upstreams/queries";
import { addUpstreamAction } from "./actions";

export const metadata: Metadata = { title: "Upstreams" };
export const dynamic = "force-dynamic";

export default async function UpstreamsPage({ searchParams }: { searchParams: Promise<{ q?: string; url?: string }> }) {
  await requireAdmin({ permission: "components.manage" });
  const { q = "", url } = await searchParams;
  const upstreams = await listUpstreamsForAdmin();
  const found = q.trim() ? searchCatalogue(q) : [];
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Upstreams</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          The vendors you run on, mirrored live from their own status pages. A mirrored component shows as a third-party dependency; a
          vendor that cannot be read shows as unknown, never as down.
        </p>
      </div>
      <section aria-labelledby="upstream-list" className="space-y-3">
        <SectionHeading id="upstream-list">Upstreams</SectionHeading>
        {upstreams.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">No upstreams yet: add one below.</p>}
        {upstreams.map((upstream) => (
          <Card key={upstream.id} className="space-y-2 p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/admin/upstreams/${upstream.id}`} className="font-semibold underline underline-offset-2">
                {upstream.name}
              </Link>
              <span className="text-xs text-zinc-600 dark:text-zinc-400">{upstream.url}</span>
            </div>
            <UpstreamHealth upstream={upstream} />
            <p className="text-sm">
              Mirrored by: {upstream.mirrors.length === 0 ? "nothing yet" : upstream.mirrors.map((m) => m.component.name).join(", ")}
            </p>
          </Card>
        ))}
      </section>
      <section aria-labelledby="add-upstream" className="space-y-3">
        <SectionHeading id="add-upstream">Add an upstream</SectionHeading>
        <Card className="space-y-3 p-4">
          <form method="get" className="flex flex-wrap items-end gap-2">
            <label htmlFor="catalogue-q" className="block flex-1 text-sm font-medium">
              Find a vendor in the catalogue
              <input id="catalogue-q" name="q" defaultValue={q} placeholder="GitHub, render.com, Stripe…" className={inputClass} />
            </label>
            <button type="submit" className="rounded-lg border border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700">
              Search
            </button>
          </form>
          {q.trim() && found.length === 0 && <p className="text-sm">No vendor in the catalogue matches “{q}”: paste its URL below.</p>}
          {found.length > 0 && (
            <ul className="grid gap-1 text-sm sm:grid-cols-2" aria-label="Catalogue results">
              {found.map((entry) => (
                <li key={entry.url}>
                  <Link
                    href={`/admin/upstreams?${new URLSearchParams({ q, url: entry.url })}#url`}
                    className="underline underline-offset-2"
                  >
                    {entry.name}
                  </Link>{" "}
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">{entry.url}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card className="p-4">
          <UpstreamForm action={addUpstreamAction} suggestedUrl={url} />
        </Card>
      </section>
    </>
  );
}

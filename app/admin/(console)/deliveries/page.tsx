import type { Metadata } from "next";
import Link from "next/link";
import { DeliveryList } from "@/components/admin/delivery-list";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import type { DeliveryState } from "@/lib/generated/prisma/enums";
import { MAX_ATTEMPTS } from "@/lib/notifications/backoff";
import { listDeliveries } from "@/lib/notifications/queries";
import { getPageSettings } from "@/lib/page/queries";
import { retryDeliveryAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Deliveries" };

const STATES: DeliveryState[] = ["pending", "delivered", "failed"];

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<{ state?: string }> }) {
  await requireAdmin({ permission: "deliveries.manage" });
  const requested = (await searchParams).state;
  const state = STATES.find((s) => s === requested);
  const [deliveries, page] = await Promise.all([listDeliveries(state ? { state } : {}), getPageSettings()]);
  const tab = (value: DeliveryState | undefined, label: string) => (
    <Link
      href={value ? `/admin/deliveries?state=${value}` : "/admin/deliveries"}
      aria-current={state === value ? "page" : undefined}
      className="rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white dark:border-zinc-700 dark:hover:bg-zinc-800 dark:aria-[current=page]:bg-white dark:aria-[current=page]:text-zinc-900"
    >
      {label}
    </Link>
  );
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Deliveries</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Each notification to each subscriber, newest first. A failed attempt is retried after 10 s, then twice as long each time; after{" "}
          {MAX_ATTEMPTS} attempts it is failed until you retry it.
        </p>
      </div>
      <nav aria-label="Filter by state" className="flex flex-wrap gap-2">
        {tab(undefined, "All")}
        {STATES.map((s) => tab(s, s[0].toUpperCase() + s.slice(1)))}
      </nav>
      <Card className="overflow-x-auto p-2 sm:p-3">
        <DeliveryList deliveries={deliveries} timeZone={page.timeZone} retry={retryDeliveryAction} />
      </Card>
    </>
  );
}

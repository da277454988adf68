import type { Metadata } from "next";
import { CreateProbeLocationForm } from "@/components/admin/create-probe-location-form";
import { ProbeLocationList } from "@/components/admin/probe-location-list";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { getPageSettings } from "@/lib/page/queries";
import { probeLocationsOverview } from "@/lib/probes/locations";
import { createLocation, revokeProbeToken } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Probe locations" };

export default async function ProbeLocationsPage() {
  await requireAdmin({ permission: "monitors.manage" });
  const [locations, page] = await Promise.all([probeLocationsOverview(), getPageSettings()]);
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Probe locations</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          A probe checks your monitors from another place and reports back; a monitor on several locations fails only when a quorum of them
          fails. Start one with{" "}
          <code className="font-mono">npm run probe -- --url {"<this page's origin>"} --token bcn_… --location eu-west</code>.
        </p>
      </div>
      <section aria-labelledby="create-location-heading">
        <SectionHeading id="create-location-heading">Add a location</SectionHeading>
        <Card className="p-5 sm:p-6">
          <CreateProbeLocationForm create={createLocation} />
        </Card>
      </section>
      <section aria-labelledby="locations-heading">
        <SectionHeading id="locations-heading">Locations</SectionHeading>
        <Card className="p-2 sm:p-3">
          <ProbeLocationList locations={locations} timeZone={page.timeZone} revoke={revokeProbeToken} />
        </Card>
      </section>
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteAction, InlineAction } from "@/components/admin/inline-action";
import { Card, SectionHeading } from "@/components/ui/card";
import { MirrorChoiceForm } from "@/components/upstreams/mirror-choice-form";
import { UpstreamForm } from "@/components/upstreams/upstream-form";
import { UpstreamHealth } from "@/components/upstreams/upstream-health";
import { requireAdmin } from "@/lib/auth/session";
import { COMPONENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { getUpstreamForAdmin } from "@/lib/upstreams/queries";
import { mirrorAction, removeUpstreamAction, saveUpstreamAction, silenceMirrorAction } from "../actions";

export const metadata: Metadata = { title: "Upstream" };
export const dynamic = "force-dynamic";

export default async function UpstreamPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin({ permission: "components.manage" });
  const found = await getUpstreamForAdmin((await params).id);
  if (!found) notFound();
  const { upstream, choices, groups } = found;
  const mirrored = new Set(upstream.mirrors.map((m) => (m.kind === "page" ? "page" : `${m.kind}:${m.upstreamRef}`)));
  const offers = [
    { target: "page", label: `${upstream.name}'s overall status`, name: upstream.name },
    ...choices.map((c) => ({
      target: `${c.group ? "group" : "component"}:${c.id}`,
      label: c.group ? `${c.name} (group: its worst component)` : c.name,
      name: `${upstream.name} ${c.name}`,
    })),
  ].filter((offer) => !mirrored.has(offer.target));
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{upstream.name}</h1>
        <p className="mt-1 text-sm">
          <a href={upstream.url} className="underline underline-offset-2" rel="noopener noreferrer">
            {upstream.url}
          </a>
        </p>
      </div>
      <Card className="p-4">
        <UpstreamHealth upstream={upstream} />
      </Card>
      <section aria-labelledby="mirrors" className="space-y-3">
        <SectionHeading id="mirrors">Mirrored components</SectionHeading>
        {upstream.mirrors.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing mirrored yet: pick below.</p>}
        {upstream.mirrors.length > 0 && (
          <Card className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {upstream.mirrors.map((mirror) => (
              <div key={mirror.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <div>
                  <p className="font-medium">{mirror.component.name}</p>
                  <p className="text-xs text-zinc-600 dark:text-zinc-400">
                    Mirrors {mirror.kind === "page" ? "the overall status" : `${mirror.kind} “${mirror.upstreamName}”`} ·{" "}
                    {mirror.silenced
                      ? "silenced: the vendor's status is ignored"
                      : mirror.unavailable
                        ? `status unavailable from ${upstream.name}`
                        : COMPONENT_STATUS_LABEL[mirror.component.status]}
                    {mirror.component.manualStatus && " · set by hand (clear it on Components to follow the vendor again)"}
                  </p>
                </div>
                <InlineAction
                  action={silenceMirrorAction.bind(null, mirror.id, !mirror.silenced)}
                  label={
                    mirror.silenced ? `Follow ${upstream.name} again for ${mirror.component.name}` : `Silence ${mirror.component.name}`
                  }
                >
                  {mirror.silenced ? "Follow again" : "Silence"}
                </InlineAction>
              </div>
            ))}
          </Card>
        )}
      </section>
      <section aria-labelledby="offers" className="space-y-3">
        <SectionHeading id="offers">Mirror more</SectionHeading>
        <Card className="divide-y divide-zinc-200 px-3 dark:divide-zinc-800">
          {offers.map((offer) => (
            <MirrorChoiceForm
              key={offer.target}
              action={mirrorAction.bind(null, upstream.id, offer.target)}
              label={offer.label}
              suggestedName={offer.name}
              groups={groups}
            />
          ))}
        </Card>
      </section>
      <section aria-labelledby="settings" className="space-y-3">
        <SectionHeading id="settings">Settings</SectionHeading>
        <Card className="space-y-4 p-4">
          <UpstreamForm action={saveUpstreamAction.bind(null, upstream.id)} upstream={upstream} />
          <DeleteAction
            action={removeUpstreamAction.bind(null, upstream.id)}
            what="upstream"
            consequence="Its components stay on the page as ordinary components; polling stops."
          />
        </Card>
      </section>
    </>
  );
}

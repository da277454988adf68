import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IncidentDetailsForm } from "@/components/admin/incident-details-form";
import { DeleteAction, InlineAction } from "@/components/admin/inline-action";
import { PostUpdateForm } from "@/components/admin/post-update-form";
import { PostmortemForm } from "@/components/admin/postmortem-form";
import { UpdateEditor } from "@/components/admin/update-editor";
import { IncidentTimeline } from "@/components/incidents/incident-timeline";
import { Card, SectionHeading } from "@/components/ui/card";
import { may } from "@/lib/auth/roles";
import { requireAdmin } from "@/lib/auth/session";
import { listComponentChoices } from "@/lib/components/queries";
import { IMPACT_LABEL, INCIDENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { accessToIncident } from "@/lib/editor-pages/access";
import { componentsOfAdmin } from "@/lib/editor-pages/components-of-admin";
import { storableParams } from "@/lib/http/valid-text";
import { getIncidentForAdmin } from "@/lib/incidents/queries";
import { isUnresolvedIncident } from "@/lib/incidents/unresolved";
import { getPageSettings } from "@/lib/page/queries";
import { fixUpdateText, postUpdate, publishDraft, removeIncident, removeUpdate, saveIncidentDetails, savePostmortem } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Incident" };

type Props = { params: Promise<{ id: string }> };

export default async function AdminIncidentPage({ params }: Props) {
  const session = await requireAdmin();
  const { id } = await storableParams(params);
  const [incident, access, components, page] = await Promise.all([
    getIncidentForAdmin(id),
    accessToIncident(session, id),
    componentsOfAdmin(session).then(listComponentChoices),
    getPageSettings(),
  ]);
  if (!incident || access === "none") notFound();
  const updatedAt = incident.updatedAt.toISOString();
  const resolved = !isUnresolvedIncident(incident.status);
  return (
    <>
      <div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {INCIDENT_STATUS_LABEL[incident.status]} · {IMPACT_LABEL[incident.impact]} impact ·{" "}
          <Link href={`/incidents/${incident.id}`} className="text-sky-700 underline dark:text-sky-400">
            public page ↗
          </Link>
        </p>
        <h1 className="text-2xl font-bold tracking-tight">{incident.name}</h1>
      </div>
      {incident.draft && access === "change" && (
        <Card className="flex flex-wrap items-center justify-between gap-3 border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950">
          <p className="text-sm">
            <strong>Draft</strong> — opened by an alert rule; only admins see it. Edit it below if needed, then publish: only publishing
            notifies subscribers.
          </p>
          <InlineAction action={publishDraft.bind(null, incident.id)} label="Publish this draft incident">
            Publish
          </InlineAction>
        </Card>
      )}
      {access === "see" ? (
        <ReadOnlyNotice />
      ) : (
        <>
          <section aria-labelledby="post-update-heading">
            <SectionHeading id="post-update-heading">Post an update</SectionHeading>
            <Card className="p-5 sm:p-6">
              <PostUpdateForm
                post={postUpdate.bind(null, incident.id)}
                currentStatus={incident.status}
                updatedAt={updatedAt}
                components={components}
              />
            </Card>
          </section>
          {resolved && (
            <section aria-labelledby="postmortem-heading">
              <SectionHeading id="postmortem-heading">Postmortem</SectionHeading>
              <Card className="p-5 sm:p-6">
                <PostmortemForm save={savePostmortem.bind(null, incident.id)} body={incident.postmortemDraft ?? ""} updatedAt={updatedAt} />
              </Card>
            </section>
          )}
          <section aria-labelledby="details-heading">
            <SectionHeading id="details-heading">Name, impact and components</SectionHeading>
            <Card className="p-5 sm:p-6">
              <IncidentDetailsForm
                save={saveIncidentDetails.bind(null, incident.id)}
                incident={{
                  name: incident.name,
                  nameTranslations: incident.nameTranslations,
                  impact: incident.impact,
                  componentIds: incident.componentIds,
                  updatedAt,
                }}
                components={components}
              />
            </Card>
          </section>
        </>
      )}
      <section aria-labelledby="timeline-heading">
        <SectionHeading id="timeline-heading">Timeline</SectionHeading>
        <Card className="p-5 sm:p-6">
          <IncidentTimeline
            updates={incident.updates}
            timeZone={page.timeZone}
            renderTools={
              access === "change"
                ? (u) => (
                    <UpdateEditor
                      updateId={u.id}
                      body={u.body}
                      bodyTranslations={u.bodyTranslations}
                      updatedAt={u.updatedAt.toISOString()}
                      fixText={fixUpdateText.bind(null, u.id)}
                      remove={removeUpdate.bind(null, u.id)}
                    />
                  )
                : undefined
            }
          />
        </Card>
      </section>
      {access === "change" && may(session.role, "incidents.delete") && (
        <section aria-labelledby="delete-heading">
          <SectionHeading id="delete-heading">Delete this incident</SectionHeading>
          <Card className="p-5 sm:p-6">
            <DeleteAction action={removeIncident.bind(null, incident.id)} what="this incident" consequence={deleteConsequence(incident)} />
          </Card>
        </section>
      )}
    </>
  );
}

/** A limited editor's pages hold some of this incident's components, not all: they may follow it, not change it. */
function ReadOnlyNotice() {
  return (
    <Card className="p-4 text-sm">
      This incident also names components outside your pages, so you can read it but not change it. Ask an owner.
    </Card>
  );
}

/** What disappears, said before the second click: a deletion cannot be undone from the admin. */
function deleteConsequence(incident: { name: string; updates: unknown[]; postmortemPublishedAt: Date | null }) {
  const updates = `${incident.updates.length} ${incident.updates.length === 1 ? "update" : "updates"}`;
  const postmortem = incident.postmortemPublishedAt ? " and its postmortem" : "";
  return `“${incident.name}”, its ${updates}${postmortem} disappear from the status page, the history, the feeds and the API. Subscribers are not notified. Components keep their current status. The audit log keeps a copy.`;
}

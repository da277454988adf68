"use server";
import { adminAction, EVERY_PAGE } from "@/lib/admin-actions/admin-action";
import { addMirror } from "@/lib/upstreams/add-mirror";
import { addUpstream } from "@/lib/upstreams/create";
import { deleteUpstream, setMirrorSilenced, updateUpstream } from "@/lib/upstreams/manage";
import { upstreamPolicy } from "@/lib/upstreams/policy";

// Mirrors are components, so managing upstreams is managing components. Each action: one domain call, then refresh.

const permission = "components.manage";
const revalidate = { paths: [EVERY_PAGE] };

export const addUpstreamAction = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => addUpstream({ actor }, Object.fromEntries(form), { policy: upstreamPolicy() }),
  redirectTo: (upstream) => `/admin/upstreams/${upstream.id}`,
});

export const saveUpstreamAction = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, upstreamId: string) =>
    updateUpstream({ actor }, upstreamId, {
      name: form.get("name"),
      intervalSeconds: form.get("intervalSeconds"),
      openIncidents: form.get("openIncidents") ?? "",
      notifySubscribers: form.get("notifySubscribers") ?? "",
    }),
});

export const mirrorAction = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, upstreamId: string, target: string) =>
    addMirror({ actor }, { upstreamId, target, componentName: form.get("componentName") ?? "", groupId: form.get("groupId") ?? "" }),
});

export const silenceMirrorAction = adminAction({
  permission,
  revalidate,
  run: ({ actor }, mirrorId: string, silenced: boolean) => setMirrorSilenced({ actor }, { mirrorId, silenced: String(silenced) }),
});

export const removeUpstreamAction = adminAction({
  permission,
  revalidate,
  run: ({ actor }, upstreamId: string) => deleteUpstream({ actor }, upstreamId),
  redirectTo: () => "/admin/upstreams",
});

"use server";
import { adminAction } from "@/lib/admin-actions/admin-action";
import { addProbeLocation, revokeLocation } from "@/lib/probes/locations";

const permission = "monitors.manage";
const revalidate = { paths: ["/admin/probes"] };
const nameOf = (form: FormData) => ({ name: typeof form.get("name") === "string" ? (form.get("name") as string) : "" });

export const createLocation = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => addProbeLocation(actor, nameOf(form)),
  // The location's probe token, in plaintext this once; it lives only in this response.
  respond: ({ location, token }) => ({ id: location.id, name: location.name, plaintext: token }),
  keep: nameOf,
});

export const revokeProbeToken = adminAction({
  permission,
  revalidate,
  run: ({ actor }, locationId: string) => revokeLocation(actor, locationId),
});

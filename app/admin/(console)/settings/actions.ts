"use server";
import { revalidatePath } from "next/cache";
import { type FormState, failureState } from "@/app/admin/(console)/form-state";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { updatePageSettings } from "@/lib/page/update-settings";

export type PageSettingsState = FormState & { saved?: boolean };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** Owners and editors may both change the page's settings. */
export const savePageSettings = answeringStoreOutage(async function savePageSettings(
  _previous: PageSettingsState,
  form: FormData,
): Promise<PageSettingsState> {
  const session = await requireAdmin();
  const result = await updatePageSettings(actorOf(session), {
    name: text(form, "name"),
    url: text(form, "url"),
    timeZone: text(form, "timeZone"),
    description: text(form, "description"),
    logoUrl: text(form, "logoUrl"),
  });
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  return { saved: true };
});

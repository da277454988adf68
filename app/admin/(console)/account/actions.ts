"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "@/lib/auth/auth";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/boot";
import { isStoreUnavailable } from "@/lib/db/store-unavailable";
import { changePasswordInput } from "@/lib/users/schema";
import type { FormState } from "../form-state";

export type PasswordState = FormState & { changed?: boolean };

/** Changes the signed-in admin's password and ends their other sessions. */
export const changePassword = answeringStoreOutage(
  async function changePassword(_previous: PasswordState, form: FormData): Promise<PasswordState> {
    const session = await requireAdmin();
    const parsed = changePasswordInput.safeParse({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
    const auth = await getAuth();
    try {
      await auth.api.changePassword({ body: { ...parsed.data, revokeOtherSessions: true }, headers: await headers() });
    } catch (error) {
      if (isStoreUnavailable(error)) throw error;
      return { fieldErrors: { currentPassword: ["The current password is not correct"] } };
    }
    const prisma = await getPrisma();
    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        actor: actorOf(session),
        action: "user.password.change",
        entityType: "user",
        entityId: session.userId,
        before: null,
        after: null,
      }),
    );
    return { changed: true };
  },
  () => undefined,
); // passwords are never sent back

import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { TwoFactorForm } from "@/components/admin/two-factor-form";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { isTwoFactorEnabled } from "@/lib/auth/two-factor";
import { changePassword } from "./actions";
import { changeTwoFactor } from "./two-factor-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const session = await requireAdmin();
  const twoFactor = await isTwoFactorEnabled(session.userId);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Your account</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {session.email} · {session.role}
      </p>
      <Card className="p-5">
        <ChangePasswordForm change={changePassword} />
      </Card>
      <Card className="space-y-3 p-5">
        <h2 className="text-lg font-semibold">Two-factor sign-in</h2>
        {/* Keyed by the state, so the form starts afresh when turning it on or off reloads the page. */}
        <TwoFactorForm key={String(twoFactor)} enabled={twoFactor} change={changeTwoFactor} />
      </Card>
    </>
  );
}

import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { changePassword } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const session = await requireAdmin();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Your account</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {session.email} · {session.role}
      </p>
      <Card className="p-5">
        <ChangePasswordForm change={changePassword} />
      </Card>
    </>
  );
}

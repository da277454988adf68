import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { StoreUnavailableNotice } from "@/components/admin/store-unavailable-notice";
import { Card } from "@/components/ui/card";
import { getAdminSession } from "@/lib/auth/session";
import { ADMIN_STORE_OUTAGE, isStoreOutage } from "@/lib/core/store-outage";
import { signIn, verifySignInCode } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage() {
  let signedIn: boolean;
  try {
    signedIn = (await getAdminSession()) !== null;
  } catch (error) {
    if (isStoreOutage(error)) return <StoreUnavailableNotice {...ADMIN_STORE_OUTAGE} />;
    throw error;
  }
  if (signedIn) redirect("/admin");
  return (
    <main id="main" className="mx-auto grid min-h-screen max-w-sm content-center gap-6 px-4">
      <div className="text-center">
        <h1 className="text-2xl font-bold tracking-tight">Sign in to Beacon</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Admins post incidents and run the status page.</p>
      </div>
      <Card className="p-6">
        <SignInForm signIn={signIn} verifySignInCode={verifySignInCode} />
      </Card>
    </main>
  );
}

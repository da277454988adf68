import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { MirrorFailingNotice } from "@/components/admin/mirror-failing-notice";
import { StoreUnavailableNotice } from "@/components/admin/store-unavailable-notice";
import { SkipLink } from "@/components/layout/skip-link";
import { type AdminSession, requireAdmin } from "@/lib/auth/session";
import { ADMIN_STORE_OUTAGE, isStoreOutage } from "@/lib/core/store-outage";
import { countDraftIncidents } from "@/lib/incidents/drafts";
import { signOut } from "../login/actions";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Beacon admin" }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  let session: AdminSession;
  try {
    session = await requireAdmin();
  } catch (error) {
    // The store is down or frozen (the session is checked against it): say so, not "something went wrong". The
    // front server answers 503 with the same words once the change feed has noticed the outage.
    if (isStoreOutage(error)) return <StoreUnavailableNotice {...ADMIN_STORE_OUTAGE} />;
    throw error; // redirects to sign-in, or a real bug
  }
  const draftCount = await countDraftIncidents();
  return (
    <div className="lg:flex">
      <SkipLink />
      <AdminHeader email={session.email} role={session.role} signOut={signOut} draftCount={draftCount} />
      <main id="main" className="mx-auto w-full min-w-0 max-w-5xl space-y-8 px-4 py-8 sm:px-6">
        <MirrorFailingNotice />
        {children}
      </main>
    </div>
  );
}

import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { SkipLink } from "@/components/layout/skip-link";
import { requireAdmin } from "@/lib/auth/session";
import { countDraftIncidents } from "@/lib/incidents/drafts";
import { signOut } from "../login/actions";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Beacon admin" }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const session = await requireAdmin();
  const draftCount = await countDraftIncidents();
  return (
    <div className="lg:flex">
      <SkipLink />
      <AdminHeader email={session.email} role={session.role} signOut={signOut} draftCount={draftCount} />
      <main id="main" className="mx-auto w-full min-w-0 max-w-5xl space-y-8 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}

import { PageAccessForm } from "@/components/admin/page-access-form";
import { Card } from "@/components/ui/card";
import { getPageAccessSettings } from "@/lib/page-access/update-access";
import { rotatePageReadToken, savePageAccess } from "./access-actions";

/** Admin → Page settings → Access, for one page (the caller checked the owner's permission). */
export async function PageAccessSection({ pageId }: { pageId: string }) {
  const access = await getPageAccessSettings(pageId);
  return (
    <section aria-labelledby="page-access-heading" className="space-y-2">
      <h2 id="page-access-heading" className="text-lg font-semibold">
        Access
      </h2>
      <Card className="p-4">
        <PageAccessForm save={savePageAccess.bind(null, pageId)} rotate={rotatePageReadToken.bind(null, pageId)} access={access} />
      </Card>
    </section>
  );
}

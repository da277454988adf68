import { ingestAlerts } from "@/lib/integrations/ingest-request";

// An alert sender (Alertmanager, Grafana, any JSON) authenticating with `Authorization: Bearer <token>`.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return ingestAlerts(request, id, null);
}

import { ingestAlerts } from "@/lib/integrations/ingest-request";

// An alert sender authenticating by the integration's secret URL (for senders that cannot set a header).
export async function POST(request: Request, { params }: { params: Promise<{ id: string; secret: string }> }): Promise<Response> {
  const { id, secret } = await params;
  return ingestAlerts(request, id, secret);
}

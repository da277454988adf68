import { pushResults } from "@/lib/probes/http-api";

/** A probe pushes a batch of its location's results (token scope `probe`). */
export function POST(request: Request): Promise<Response> {
  return pushResults(request);
}

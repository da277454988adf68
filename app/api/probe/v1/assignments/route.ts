import { pullAssignments } from "@/lib/probes/http-api";

/** A probe pulls its location's due checks (token scope `probe`). */
export function POST(request: Request): Promise<Response> {
  return pullAssignments(request);
}

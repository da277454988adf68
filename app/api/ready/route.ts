import { currentReadiness } from "@/lib/ops/current-readiness";

// Readiness: 200 when the store answers, migrations are applied, the background jobs tick and the public snapshot
// is fresh; otherwise 503 naming each failing check.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { ready, checks } = await currentReadiness();
  const failing = checks.filter((check) => !check.ok);
  const error = ready ? undefined : { code: "not_ready", message: failing.map((check) => `${check.name}: ${check.detail}`).join("; ") };
  return Response.json(
    { status: ready ? "ready" : "not_ready", error, checks },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}

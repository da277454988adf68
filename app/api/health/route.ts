// Liveness: 200 while the process serves requests. It never touches the store, so a store outage (during which
// Beacon keeps serving the last known page) never gets the process restarted.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}

import "server-only";
import { isStoreUnavailable } from "@/lib/db/store-unavailable";

// For routes, which never import the database client: whether an error means the store is down or frozen (the
// admin console then says so, rather than failing), and what the console says then. The front server says the same
// (front-server/store-down-page.ts) once the change feed knows the store is down.

export const ADMIN_STORE_OUTAGE = {
  title: "The incident store is unavailable",
  body: "Nothing can be saved right now; the public page keeps serving the last known state. Try again when the store is back.",
} as const;

export function isStoreOutage(error: unknown): boolean {
  return isStoreUnavailable(error);
}

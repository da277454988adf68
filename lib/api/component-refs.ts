import "server-only";
import { componentIdsByRef } from "@/lib/components/ids-by-ref";

// The admin API names a component by id or by slug everywhere (as PUT /components/{id}/status does); the domain
// takes ids, so a body's `componentStatuses[].componentId` and `componentIds[]` are translated here. A reference
// that names no component is passed through for the domain to refuse, naming the field.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function refsIn(body: Json): string[] {
  const refs: string[] = [];
  if (Array.isArray(body.componentStatuses)) {
    for (const change of body.componentStatuses)
      if (isObject(change) && typeof change.componentId === "string") refs.push(change.componentId);
  }
  if (Array.isArray(body.componentIds)) for (const ref of body.componentIds) if (typeof ref === "string") refs.push(ref);
  return refs;
}

/** `body` with every component slug replaced by its id; anything that is not such a body is returned as it was. */
export async function withComponentIds(body: unknown): Promise<unknown> {
  if (!isObject(body)) return body;
  const ids = await componentIdsByRef(refsIn(body));
  if (ids.size === 0) return body;
  const idOf = (ref: unknown) => (typeof ref === "string" ? (ids.get(ref) ?? ref) : ref);
  return {
    ...body,
    ...(Array.isArray(body.componentStatuses)
      ? {
          componentStatuses: body.componentStatuses.map((change) =>
            isObject(change) ? { ...change, componentId: idOf(change.componentId) } : change,
          ),
        }
      : {}),
    ...(Array.isArray(body.componentIds) ? { componentIds: body.componentIds.map(idOf) } : {}),
  };
}

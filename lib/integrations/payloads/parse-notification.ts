import type { IntegrationKind } from "@/lib/generated/prisma/enums";
import { parseAlertmanagerFamily } from "./alertmanager";
import { parseGeneric } from "./generic";
import { DEFAULT_GENERIC_MAPPING, genericMappingSchema } from "./generic-mapping";
import type { ParsedNotification } from "./incoming-alert";

/** Reads a sender's body by the integration's kind. */
export function parseNotification(kind: IntegrationKind, mapping: unknown, body: unknown): ParsedNotification {
  if (kind !== "generic") return parseAlertmanagerFamily(kind, body);
  const parsed = genericMappingSchema.safeParse(mapping ?? DEFAULT_GENERIC_MAPPING);
  return parseGeneric(parsed.success ? parsed.data : DEFAULT_GENERIC_MAPPING, body);
}

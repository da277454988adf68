import { z } from "zod";
import { parseJsonPath } from "@/lib/core/json-path";

// How a generic JSON sender's body maps to alerts: a JSON path per field, read from each alert object.

const path = (what: string) =>
  z
    .string()
    .trim()
    .max(200)
    .refine((p) => parseJsonPath(p) !== null, `${what} must be a JSON path such as $.labels or $.alert["id"]`);

export const genericMappingSchema = z.object({
  /** Where the alerts are; "$" (the default) when the body is one alert. */
  alerts: path("The alerts path").default("$"),
  id: path("The alert id path"),
  status: path("The status path"),
  title: path("The title path"),
  description: path("The description path").optional(),
  labels: path("The labels path").optional(),
  groupKey: path("The group key path").optional(),
  /** Status values that mean the alert is over; any other value means firing. */
  resolvedValues: z.array(z.string().trim().min(1).max(50)).min(1).max(10).default(["resolved", "ok", "inactive", "normal"]),
});

export type GenericMapping = z.output<typeof genericMappingSchema>;

export const DEFAULT_GENERIC_MAPPING: GenericMapping = {
  alerts: "$",
  id: "$.id",
  status: "$.status",
  title: "$.title",
  description: "$.description",
  labels: "$.labels",
  resolvedValues: ["resolved", "ok", "inactive", "normal"],
};

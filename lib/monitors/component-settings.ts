import { z } from "zod";

// Per-component monitoring settings an admin may change.

export const setAutoIncidentsInput = z.object({
  autoIncidents: z.boolean({ error: "autoIncidents must be true or false" }),
});

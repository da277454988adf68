import { z } from "zod";

export const editorPagesInput = z.object({
  pageIds: z.array(z.string().min(1).max(200), { error: "pageIds must be a list of page ids" }).max(500),
});

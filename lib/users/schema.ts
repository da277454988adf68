import { z } from "zod";

export const ADMIN_ROLES = ["owner", "editor"] as const;

export const inviteAdminInput = z.object({
  email: z.string({ error: "email is required" }).trim().toLowerCase().email({ error: "email must be an email address" }),
  name: z.string().trim().max(100, { error: "name must be at most 100 characters" }).default(""),
  role: z.enum(ADMIN_ROLES, { error: "role must be owner or editor" }),
});

export const changeRoleInput = z.object({ role: z.enum(ADMIN_ROLES, { error: "role must be owner or editor" }) });

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, { error: "currentPassword is required" }),
    newPassword: z.string().min(12, { error: "newPassword must be at least 12 characters" }).max(128),
  })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], error: "newPassword must differ from the current one" });

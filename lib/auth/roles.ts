// Who may do what in the admin: one table, read by the action builder, the admin pages, the admin API and the README.

export type AdminRole = "owner" | "editor";

interface PermissionRule {
  roles: readonly AdminRole[];
  /** Completes "Only an owner can …" when an editor is refused. */
  refusal: string;
}

/**
 * Editors run the page day to day (incidents, maintenance, components, monitors, templates). Owners also hold what
 * decides where links point or who can act: the page URL goes into every email's manage and unsubscribe links and
 * into the feeds, so an editor who could change it could send subscribers to a site of their choosing.
 */
export const PERMISSIONS = {
  "page-settings.edit": { roles: ["owner"], refusal: "change the page settings" },
  "users.manage": { roles: ["owner"], refusal: "manage admins" },
  "api-tokens.manage": { roles: ["owner"], refusal: "manage API tokens" },
  "subscribers.view": { roles: ["owner"], refusal: "list or export subscribers" },
  "subscribers.remove": { roles: ["owner"], refusal: "remove subscribers" },
  "subscribers.test": { roles: ["owner"], refusal: "send test messages to subscribers" },
  "deliveries.manage": { roles: ["owner"], refusal: "see or retry deliveries" },
  // Deleting erases public history subscribers were told about; a mistaken incident is rare enough to ask an owner.
  "incidents.delete": { roles: ["owner"], refusal: "delete incidents" },
  "monitors.manage": { roles: ["owner", "editor"], refusal: "manage monitors" },
  "incidents.manage": { roles: ["owner", "editor"], refusal: "run incidents" },
  "maintenance.manage": { roles: ["owner", "editor"], refusal: "schedule maintenance" },
  "components.manage": { roles: ["owner", "editor"], refusal: "manage components and groups" },
  "templates.manage": { roles: ["owner", "editor"], refusal: "manage incident templates" },
  "badges.view": { roles: ["owner", "editor"], refusal: "see badges" },
  "audit.view": { roles: ["owner", "editor"], refusal: "read the audit log" },
  "reports.view": { roles: ["owner", "editor"], refusal: "read the SLA report" },
  "account.edit": { roles: ["owner", "editor"], refusal: "change this account" },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function may(role: AdminRole, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly AdminRole[]).includes(role);
}

/** The answer an admin gets when their role lacks the permission. */
export function refusalOf(permission: Permission): string {
  return `Only an owner can ${PERMISSIONS[permission].refusal}.`;
}

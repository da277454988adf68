import type { ApiScope } from "@/lib/api-tokens/scopes";
import { setComponentStatusInput } from "@/lib/components/schema";
import { addIncidentUpdateInput, createIncidentInput, publishDraftInput, resolveIncidentInput } from "@/lib/incidents/schema";
import { addMaintenanceUpdateInput, createMaintenanceInput, editMaintenanceInput } from "@/lib/maintenance/schema";
import { createMonitorInput, updateMonitorInput } from "@/lib/monitors/schema";
import { pageInput } from "@/lib/pages/schema";
import { crudOperations } from "./crud-operations";

// Every route of the admin API with its scope, request schema and answers: the catalogue the OpenAPI document is built from.

export interface AdminApiOperation {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  operationId: string;
  summary: string;
  scope: ApiScope;
  /** Name of the request schema under components.schemas; none for reads. */
  requestSchema?: keyof typeof REQUEST_SCHEMAS;
  success: { status: "200" | "201"; description: string };
  /** Which expected failures the operation can answer with, beyond 401/403/500. */
  failures: ("400" | "404" | "409" | "413" | "422")[];
}

export const REQUEST_SCHEMAS = {
  CreateIncidentInput: createIncidentInput,
  AddIncidentUpdateInput: addIncidentUpdateInput,
  ResolveIncidentInput: resolveIncidentInput,
  PublishDraftInput: publishDraftInput,
  SetComponentStatusInput: setComponentStatusInput,
  CreateMaintenanceInput: createMaintenanceInput,
  EditMaintenanceInput: editMaintenanceInput,
  AddMaintenanceUpdateInput: addMaintenanceUpdateInput,
  CreateMonitorInput: createMonitorInput,
  UpdateMonitorInput: updateMonitorInput,
  PageInput: pageInput,
};

const WITH_BODY = ["400", "413", "422"] as const;

export const ADMIN_API_OPERATIONS: AdminApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/v1/incidents",
    operationId: "listIncidents",
    summary: "The 50 newest incidents with their updates, newest first (drafts too, with `draft: true`)",
    scope: "incidents:write",
    success: { status: "200", description: "`{ incidents: [...] }`" },
    failures: [],
  },
  {
    method: "post",
    path: "/api/admin/v1/incidents",
    operationId: "createIncident",
    summary: "Open an incident with its first update",
    scope: "incidents:write",
    requestSchema: "CreateIncidentInput",
    success: { status: "201", description: "`{ incident, update }`" },
    failures: [...WITH_BODY],
  },
  {
    method: "post",
    path: "/api/admin/v1/incidents/{id}/updates",
    operationId: "addIncidentUpdate",
    summary: "Post an update to an incident",
    scope: "incidents:write",
    requestSchema: "AddIncidentUpdateInput",
    success: { status: "201", description: "`{ incident, update }`" },
    failures: [...WITH_BODY, "404", "409"],
  },
  {
    method: "post",
    path: "/api/admin/v1/incidents/{id}/resolve",
    operationId: "resolveIncident",
    summary: "Resolve an incident, by default returning its affected components to operational",
    scope: "incidents:write",
    requestSchema: "ResolveIncidentInput",
    success: { status: "200", description: "`{ incident, update }`" },
    failures: [...WITH_BODY, "404", "409"],
  },
  {
    method: "post",
    path: "/api/admin/v1/incidents/{id}/publish",
    operationId: "publishDraftIncident",
    summary: "Publish a draft incident an alert rule opened: it goes public and subscribers are notified once",
    scope: "incidents:write",
    requestSchema: "PublishDraftInput",
    success: { status: "200", description: "the published incident" },
    failures: [...WITH_BODY, "404", "409"],
  },
  {
    method: "put",
    path: "/api/admin/v1/components/{id}/status",
    operationId: "setComponentStatus",
    summary: "Set a component's status; {id} is the component's id or slug",
    scope: "components:write",
    requestSchema: "SetComponentStatusInput",
    success: { status: "200", description: "`{ component, changed }`; changed is false when it already had that status" },
    failures: [...WITH_BODY, "404"],
  },
  {
    method: "get",
    path: "/api/admin/v1/maintenances",
    operationId: "listMaintenances",
    summary: "Upcoming and underway maintenance, then the 20 most recently completed, each with its updates",
    scope: "maintenance:write",
    success: { status: "200", description: "`{ maintenances: [...] }`" },
    failures: [],
  },
  {
    method: "post",
    path: "/api/admin/v1/maintenances",
    operationId: "createMaintenance",
    summary:
      "Schedule maintenance, its message posted as the first (scheduled) update; with `recurrence` (an RRULE such as FREQ=WEEKLY;BYDAY=SU, repeating in the page time zone) each occurrence becomes its own maintenance, 14 days ahead",
    scope: "maintenance:write",
    requestSchema: "CreateMaintenanceInput",
    success: { status: "201", description: "`{ maintenance, componentIds, update, occurrences }`" },
    failures: [...WITH_BODY],
  },
  {
    method: "patch",
    path: "/api/admin/v1/maintenances/{id}",
    operationId: "editMaintenance",
    summary:
      "Replace the name, window, components and automation of maintenance that has not started (omitted componentIds means none; omitted flags mean true); once underway, post an update instead (409)",
    scope: "maintenance:write",
    requestSchema: "EditMaintenanceInput",
    success: { status: "200", description: "`{ maintenance, componentIds }`" },
    failures: [...WITH_BODY, "404", "409"],
  },
  {
    method: "post",
    path: "/api/admin/v1/maintenances/{id}/updates",
    operationId: "addMaintenanceUpdate",
    summary: "Post an update to maintenance; in_progress puts its components under maintenance, completed returns them",
    scope: "maintenance:write",
    requestSchema: "AddMaintenanceUpdateInput",
    success: { status: "201", description: "`{ maintenance, update }`" },
    failures: [...WITH_BODY, "404", "409"],
  },
  ...crudOperations({
    path: "/api/admin/v1/monitors",
    scope: "monitors:write",
    noun: { one: "Monitor", many: "Monitors" },
    list: {
      summary: "Every monitor with its configuration and current state (never a heartbeat secret)",
      description: "`{ monitors: [...] }`",
    },
    create: {
      summary: "Add an http, tcp or heartbeat monitor to a component; its first check runs at once",
      requestSchema: "CreateMonitorInput",
      description: "`{ monitor, heartbeatUrl }`; a heartbeat monitor's secret push URL is shown in this answer only, else null",
    },
    get: { summary: "One monitor", description: "`{ monitor }`" },
    update: {
      method: "patch",
      summary: "Change the fields sent (enabled false pauses it); the whole monitor must stay valid, and its kind can't change",
      requestSchema: "UpdateMonitorInput",
      description: "`{ monitor }`",
    },
    remove: {
      summary: "Delete a monitor with its checks and rollups (the component's status history stays)",
      description: "`{ monitor }` as it was",
    },
  }),
  ...crudOperations({
    path: "/api/admin/v1/pages",
    scope: "pages:write",
    noun: { one: "Page", many: "Pages" },
    list: {
      summary: "Every status page with its addresses (slug, domains, canonical domain) and selection, the default page first",
      description: "`{ pages: [...] }`",
    },
    create: {
      summary:
        "Add a status page: answered under /p/{slug} and on its domains; it shows the components and groups picked (or all, showAllComponents) and the incidents naming them",
      requestSchema: "PageInput",
      description: "`{ page }`",
    },
    get: { summary: "One page (the default page's id is `page`)", description: "`{ page }`" },
    update: {
      method: "put",
      summary: "Replace a page's fields and selection (omitted lists mean none)",
      requestSchema: "PageInput",
      description: "`{ page }`",
    },
    remove: {
      summary: "Remove a page with its subscribers; the default page can't be removed (422)",
      description: "`{ page: { id } }`",
      failures: ["404", "422"],
    },
  }),
];

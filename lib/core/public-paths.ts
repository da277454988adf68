// Where things live on the public page: one home for the paths, so the status page, history, v2 API, feeds,
// calendar, widget and notifications link to the same place. Plain text, importable from any layer.

export function maintenancePath(maintenanceId: string): string {
  return `/maintenance/${maintenanceId}`;
}

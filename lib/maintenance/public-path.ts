// Where a maintenance lives on the public page: one home for the path, so the card, history, API, feeds and
// calendar link to the same place. Plain text, importable anywhere.

export function maintenancePath(maintenanceId: string): string {
  return `/maintenance/${maintenanceId}`;
}

/** "componentStatuses.0.componentId" → "Component statuses"; "groupId" → "Group". */
export function fieldLabelOf(key: string): string {
  const root = key.split(".")[0].replace(/Ids?$/, (suffix) => (suffix === "Ids" ? "s" : ""));
  const words = root.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

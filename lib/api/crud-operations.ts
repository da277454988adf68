import type { ApiScope } from "@/lib/api-tokens/scopes";
import type { AdminApiOperation } from "./admin-api-operations";

// A resource the admin API lists, creates, reads, changes and deletes (monitors, pages): the five operations share
// their paths, scope and failures, so only the words and the request schemas differ.

type Described = { summary: string; description: string };
type RequestSchema = NonNullable<AdminApiOperation["requestSchema"]>;

export interface CrudResource {
  /** The collection's path, e.g. /api/admin/v1/pages; one item is `${path}/{id}`. */
  path: string;
  scope: ApiScope;
  /** Singular and plural nouns in operation ids: getMonitor, listMonitors. */
  noun: { one: string; many: string };
  list: Described;
  create: Described & { requestSchema: RequestSchema };
  get: Described;
  update: Described & { method: "put" | "patch"; requestSchema: RequestSchema };
  remove: Described & { failures?: AdminApiOperation["failures"] };
}

const WITH_BODY = ["400", "413", "422"] as const;

export function crudOperations(r: CrudResource): AdminApiOperation[] {
  const item = `${r.path}/{id}`;
  const common = { scope: r.scope };
  return [
    {
      ...common,
      method: "get",
      path: r.path,
      operationId: `list${r.noun.many}`,
      summary: r.list.summary,
      success: { status: "200", description: r.list.description },
      failures: [],
    },
    {
      ...common,
      method: "post",
      path: r.path,
      operationId: `create${r.noun.one}`,
      summary: r.create.summary,
      requestSchema: r.create.requestSchema,
      success: { status: "201", description: r.create.description },
      failures: [...WITH_BODY],
    },
    {
      ...common,
      method: "get",
      path: item,
      operationId: `get${r.noun.one}`,
      summary: r.get.summary,
      success: { status: "200", description: r.get.description },
      failures: ["404"],
    },
    {
      ...common,
      method: r.update.method,
      path: item,
      operationId: `update${r.noun.one}`,
      summary: r.update.summary,
      requestSchema: r.update.requestSchema,
      success: { status: "200", description: r.update.description },
      failures: [...WITH_BODY, "404"],
    },
    {
      ...common,
      method: "delete",
      path: item,
      operationId: `delete${r.noun.one}`,
      summary: r.remove.summary,
      success: { status: "200", description: r.remove.description },
      failures: r.remove.failures ?? ["404"],
    },
  ];
}

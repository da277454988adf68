import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/audit/actor";
import { may, type Permission, refusalOf } from "@/lib/auth/roles";
import { type AdminSession, actorOf, requireAdmin } from "@/lib/auth/session";
import { fieldInvalid, type MutationResult } from "@/lib/core/result";
import { isStoreUnavailable, STORE_UNAVAILABLE_MESSAGE } from "@/lib/db/store-unavailable";
import { INVALID_TEXT_MESSAGE, isValidText } from "@/lib/http/valid-text";
import { type FormState, refusedState, type TypedValues, typedValues } from "./form-state";

/** Every page: the public page, feeds and badges show what admins change. */
export const EVERY_PAGE = { path: "/", type: "layout" } as const;
type PathToRevalidate = string | { path: string; type: "layout" | "page" };

export interface AdminActionContext {
  session: AdminSession;
  actor: Actor;
  form: FormData;
}

export interface AdminActionSpec<Bound extends unknown[], Result, Data, Values> {
  /** Checked before anything else: a role without it is refused with "Only an owner can …". */
  permission: Permission;
  /** The one domain call. `bound` are the arguments the page bound (ids, a direction, …). */
  run: (context: AdminActionContext, ...bound: Bound) => Promise<MutationResult<Result>>;
  /** What the form gets back when it worked (nothing by default). */
  respond?: (result: Result, context: AdminActionContext) => Data | Promise<Data>;
  /** Pages and cache tags that show what changed, refreshed after a success. */
  revalidate?: { paths?: PathToRevalidate[]; tags?: string[] };
  /** Where to go after a success (after revalidating); undefined: stay. */
  redirectTo?: (result: Result) => string | undefined;
  /** The typed values sent back after a refusal; all string fields by default (passwords: nothing). */
  keep?: (form: FormData) => Values;
}

type Answer<Data, Values> = { state: FormState<Data, Values>; redirectTo?: string };

/** The first form field whose text the store could not keep (a NUL byte, a lone surrogate), or null. */
function invalidTextField(form: FormData): string | null {
  for (const [name, value] of form.entries()) if (typeof value === "string" && !isValidText(value)) return name;
  return null;
}

function refresh(revalidate: AdminActionSpec<never[], unknown, unknown, unknown>["revalidate"]) {
  for (const target of revalidate?.paths ?? []) {
    if (typeof target === "string") revalidatePath(target);
    else revalidatePath(target.path, target.type);
  }
  for (const tag of revalidate?.tags ?? []) updateTag(tag);
}

async function answer<Bound extends unknown[], Result, Data, Values>(
  spec: AdminActionSpec<Bound, Result, Data, Values>,
  bound: Bound,
  form: FormData,
): Promise<Answer<Data, Values>> {
  const keep = spec.keep ?? (typedValues as (form: FormData) => Values);
  try {
    // The session check talks to the store too, so it sits inside the outage answer.
    const session = await requireAdmin();
    if (!may(session.role, spec.permission)) return { state: { ok: false, error: refusalOf(spec.permission), values: keep(form) } };
    const invalid = invalidTextField(form);
    if (invalid) return { state: refusedState(fieldInvalid(invalid, `This field ${INVALID_TEXT_MESSAGE}`).error, keep(form)) };
    const context = { session, actor: actorOf(session), form };
    const result = await spec.run(context, ...bound);
    if (!result.ok) return { state: refusedState(result.error, keep(form)) };
    refresh(spec.revalidate);
    const data = (spec.respond ? await spec.respond(result.data, context) : undefined) as Data;
    return { state: { ok: true, data }, redirectTo: spec.redirectTo?.(result.data) };
  } catch (error) {
    // An outage anywhere answers the form, which keeps the text and can be sent again; other errors pass unchanged.
    if (!isStoreUnavailable(error)) throw error;
    return { state: { ok: false, error: STORE_UNAVAILABLE_MESSAGE, values: keep(form) } };
  }
}

/**
 * A server action for a form with `useActionState`: `(…bound, previousState, form) → state`. The only way admin
 * actions are written, so none can skip the session, the role, the outage answer or the refresh.
 */
export function adminAction<Bound extends unknown[], Result, Data = undefined, Values = TypedValues>(
  spec: AdminActionSpec<Bound, Result, Data, Values>,
): (...args: [...Bound, FormState<Data, Values>, FormData]) => Promise<FormState<Data, Values>> {
  return async (...args) => {
    const form = args.at(-1) as FormData;
    const { state, redirectTo } = await answer(spec, args.slice(0, -2) as Bound, form);
    if (redirectTo) redirect(redirectTo);
    return state;
  };
}

/**
 * The same for a plain `<form action>` with no state to show: a refusal is logged (with `what`), and the page
 * refreshes either way, so it shows what is stored rather than what was picked.
 */
export function adminFormAction<Bound extends unknown[], Result>(
  spec: AdminActionSpec<Bound, Result, undefined, TypedValues> & { what: string },
): (...args: [...Bound, FormData]) => Promise<void> {
  return async (...args) => {
    const form = args.at(-1) as FormData;
    const { state, redirectTo } = await answer(spec, args.slice(0, -1) as Bound, form);
    if (!state.ok) {
      console.warn(`[beacon] ${spec.what} refused: ${state.error}`);
      refresh(spec.revalidate);
    }
    if (redirectTo) redirect(redirectTo);
  };
}

import "server-only";
import { isStoreUnavailable, STORE_UNAVAILABLE_MESSAGE } from "@/lib/db/store-unavailable";
import { typedValues } from "./form-state";

type OutageState = { error?: string; values?: unknown };

/**
 * Wraps a form's server action so a store outage anywhere in it (the session check included) answers the form
 * with "the incident store is unavailable; nothing was saved" and what the admin typed, instead of an error
 * page: the form shows it in its alert, keeps the text, and can be sent again. Other errors pass unchanged
 * (redirects included). `keep` reads the typed values for forms whose state holds more than strings.
 */
export function answeringStoreOutage<Args extends unknown[], State extends OutageState>(
  action: (...args: Args) => Promise<State>,
  keep: (form: FormData) => State["values"] = typedValues,
): (...args: Args) => Promise<State> {
  return async (...args: Args): Promise<State> => {
    try {
      return await action(...args);
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      const form = args.at(-1);
      return { error: STORE_UNAVAILABLE_MESSAGE, values: form instanceof FormData ? keep(form) : undefined } as State;
    }
  };
}

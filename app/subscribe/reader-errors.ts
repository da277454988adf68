import type { MutationError } from "@/lib/core/result";

// The subscription forms' errors in the reader's language. The domain's messages are written for the API (English,
// naming fields: "email must be an email address"); a reader gets one sentence per field they can act on.

type SubscribeT = (key: ReaderErrorKey) => string;
export type ReaderErrorKey =
  | "errorSummary"
  | "errorEmail"
  | "errorUrl"
  | "errorField"
  | "errorTopic"
  | "errorEmailOff"
  | "errorResolved"
  | "linkInvalid";

const URL_FIELDS = new Set(["webhookUrl", "channelUrl", "ntfyServer"]);

function fieldMessage(field: string, original: string): ReaderErrorKey {
  if (field === "email") return "errorEmail";
  if (URL_FIELDS.has(field)) return "errorUrl";
  if (field === "ntfyTopic") return "errorTopic";
  if (field === "channel" && /^Email subscriptions/.test(original)) return "errorEmailOff";
  if (field === "incidentId" && /resolved/.test(original)) return "errorResolved";
  return "errorField";
}

/** The form's banner and each field's message, in the reader's language. */
export function readerErrors(error: MutationError, t: SubscribeT): { error: string; fieldErrors?: Record<string, string[]> } {
  if (error.code === "not_found") return { error: t("linkInvalid") };
  if (!error.fields) return { error: t("errorField") };
  const fieldErrors = Object.fromEntries(
    Object.entries(error.fields).map(([field, messages]) => [field, [t(fieldMessage(field.split(".")[0], messages[0] ?? ""))]]),
  );
  const only = Object.values(fieldErrors);
  // One field: its message is the banner (the incident form shows it there); several: point at the fields.
  return { error: only.length === 1 ? only[0][0] : t("errorSummary"), fieldErrors };
}

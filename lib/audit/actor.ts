/** Who did an admin write: a signed-in user, an API token, or Beacon itself (scheduled jobs). */
export type Actor = {
  type: "user" | "token" | "system";
  id: string | null;
  /** The user's email or the token's name, kept so the log still reads after the user or token is gone. */
  label: string;
};

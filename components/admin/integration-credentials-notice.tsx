"use client";

export interface IntegrationCredentials {
  name: string;
  /** Path of the secret URL (prefix it with the page's URL). */
  url: string;
  /** Path to call with the bearer token instead. */
  bearerUrl: string;
  token: string;
}

const fieldClass =
  "mt-1 block w-full rounded-md border border-emerald-300 bg-white px-2 py-1.5 font-mono text-xs text-zinc-900 dark:border-emerald-800 dark:bg-zinc-900 dark:text-zinc-100";

/** The integration's secret URL and bearer token in plaintext, shown once: Beacon keeps only their hashes. */
export function IntegrationCredentialsNotice({ credentials, origin }: { credentials: IntegrationCredentials; origin: string }) {
  return (
    <div
      role="status"
      className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm dark:border-emerald-800 dark:bg-emerald-950"
    >
      <p className="font-semibold text-emerald-900 dark:text-emerald-100">Credentials of “{credentials.name}”</p>
      <p className="text-emerald-900 dark:text-emerald-200">
        Copy them now: Beacon stores only hashes and will not show them again. Use either the secret URL, or the plain URL with the bearer
        token.
      </p>
      <label className="block">
        <span className="font-medium">Secret URL</span>
        <input readOnly value={`${origin}${credentials.url}`} className={fieldClass} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <label className="block">
        <span className="font-medium">URL for the bearer token</span>
        <input readOnly value={`${origin}${credentials.bearerUrl}`} className={fieldClass} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <label className="block">
        <span className="font-medium">Bearer token</span>
        <input readOnly value={credentials.token} className={fieldClass} onFocus={(e) => e.currentTarget.select()} />
      </label>
    </div>
  );
}

/** Why the public page offers webhooks only: email needs an SMTP server. */
export function SmtpNotice() {
  return (
    <p
      role="note"
      className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      Email subscriptions are off and hidden on the public page: set <code className="font-mono">BEACON_SMTP_HOST</code> and{" "}
      <code className="font-mono">BEACON_SMTP_FROM</code> (and <code className="font-mono">BEACON_SMTP_PORT</code>,{" "}
      <code className="font-mono">BEACON_SMTP_USER</code>, <code className="font-mono">BEACON_SMTP_PASSWORD</code>,{" "}
      <code className="font-mono">BEACON_SMTP_SECURE</code> as your server needs) and restart Beacon.
    </p>
  );
}

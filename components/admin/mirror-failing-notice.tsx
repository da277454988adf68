import { mirrorSignals } from "@/lib/telemetry/mirror-signals";

const utc = (at: number) => `${new Date(at).toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Shown on every admin page while a static mirror target refuses exports: what fails, and how old the mirror is. */
export function MirrorFailingNotice() {
  const failing = Object.values(mirrorSignals().targets).filter((target) => target.lastError !== null);
  if (failing.length === 0) return null;
  return (
    <div role="alert" className="space-y-1 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      {failing.map((target) => (
        <p key={target.kind} data-mirror-target={target.kind}>
          <strong>The static mirror ({target.kind}) is not being updated:</strong> {target.lastError}. Last successful export:{" "}
          {target.lastSuccessAt === null ? (
            "never"
          ) : (
            <time dateTime={new Date(target.lastSuccessAt).toISOString()}>{utc(target.lastSuccessAt)}</time>
          )}
          . The status page itself is unaffected; the export is retried.
        </p>
      ))}
    </div>
  );
}

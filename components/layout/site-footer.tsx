export function SiteFooter() {
  return (
    <footer className="mx-auto max-w-4xl px-4 py-10 text-center text-xs text-zinc-600 sm:px-6 dark:text-zinc-400">
      Powered by <span className="font-semibold">Beacon</span> · times shown in your time zone; hover a time for UTC
    </footer>
  );
}

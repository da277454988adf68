import type { BadgeEmbed } from "@/lib/badges/badge-snippets";
import { BadgeCopyButton } from "./badge-copy-button";

function Snippet({ id, label, value, of }: { id: string; label: string; value: string; of: string }) {
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="w-20 shrink-0 text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={value}
        className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-zinc-50 px-2 py-1 font-mono text-xs text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
      />
      <BadgeCopyButton text={value} label={`${label} for ${of}`} />
    </div>
  );
}

/** One badge: a live preview (same origin, so it works before the public URL is set) and its embed snippets. */
export function BadgeEmbedCard({ embed, idPrefix }: { embed: BadgeEmbed; idPrefix: string }) {
  return (
    <div className="space-y-2 py-3">
      <div className="flex flex-wrap items-center gap-3">
        <img src={embed.path} alt={embed.title} height={20} />
        <a href={embed.path} className="font-mono text-xs text-sky-700 hover:underline dark:text-sky-400">
          {embed.path}
        </a>
      </div>
      <Snippet id={`${idPrefix}-markdown`} label="Markdown" value={embed.markdown} of={embed.title} />
      <Snippet id={`${idPrefix}-html`} label="HTML" value={embed.html} of={embed.title} />
      <Snippet id={`${idPrefix}-shields`} label="shields.io" value={embed.shieldsUrl} of={embed.title} />
    </div>
  );
}

import { LocalTime } from "@/components/time/local-time";
import type { FormActionFor } from "@/lib/admin-actions/form-state";
import type { ApiTokenView } from "@/lib/api-tokens/queries";
import { RevokeApiTokenButton } from "./revoke-api-token-button";

const cell = "px-3 py-2 align-top";

export function ApiTokenList({
  tokens,
  timeZone,
  revoke,
}: {
  tokens: ApiTokenView[];
  timeZone: string;
  revoke: FormActionFor<[tokenId: string]>;
}) {
  if (tokens.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No API tokens yet.</p>;
  const when = (date: Date | null, none: string) => (date ? <LocalTime iso={date.toISOString()} pageTimeZone={timeZone} /> : none);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className={cell}>
              Name
            </th>
            <th scope="col" className={cell}>
              Token
            </th>
            <th scope="col" className={cell}>
              Scopes
            </th>
            <th scope="col" className={cell}>
              Created
            </th>
            <th scope="col" className={cell}>
              Last used
            </th>
            <th scope="col" className={cell}>
              <span className="sr-only">Status</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {tokens.map((token) => (
            <tr key={token.id} className={token.revokedAt ? "text-zinc-500 dark:text-zinc-500" : undefined}>
              <td className={`${cell} font-medium`}>{token.name}</td>
              <td className={`${cell} font-mono text-xs`}>{token.prefix}…</td>
              <td className={cell}>
                <ul>
                  {token.scopes.map((scope) => (
                    <li key={scope} className="font-mono text-xs">
                      {scope}
                    </li>
                  ))}
                </ul>
              </td>
              <td className={cell}>
                {when(token.createdAt, "")}
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">by {token.createdByEmail}</span>
              </td>
              <td className={cell}>{when(token.lastUsedAt, "Never")}</td>
              <td className={cell}>
                {token.revokedAt ? (
                  <span className="text-xs">Revoked {when(token.revokedAt, "")}</span>
                ) : (
                  <RevokeApiTokenButton revoke={revoke.bind(null, token.id)} name={token.name} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

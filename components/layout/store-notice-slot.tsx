/**
 * Empty and hidden while the store answers. When it does not, the front server (lib/public-surface/front/
 * stale-notice.ts) fills this exact markup with "Status as of HH:MM — live updates paused" in the prepared page.
 */
export function StoreNoticeSlot() {
  return <div id="beacon-store-notice" hidden />;
}

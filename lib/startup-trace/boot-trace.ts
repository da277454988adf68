// Where a start's time goes: with BEACON_BOOT_TRACE=1 each step of a start prints the milliseconds since the
// process started (`BEACON_BOOT_TRACE=1 npm start`). Plain code: the front server loads it outside Next too.

const enabled = process.env.BEACON_BOOT_TRACE === "1";

export function traceBoot(step: string) {
  if (enabled) console.log(`[beacon] boot +${Math.round(performance.now())} ms ${step}`);
}

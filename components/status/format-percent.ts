// Making a formatter costs far more than using one, and the status page formats four windows for each of its
// components (1,600 at 200 components on every render): one is kept per language and precision (a handful).
const formatters = new Map<string, Intl.NumberFormat>();

/** "100%" for a perfect score, two decimals otherwise ("99.97%", "99,97 %" in German), as uptime is usually quoted. */
export function formatPercent(value: number, locale = "en") {
  const digits = value === 100 ? 0 : 2;
  const key = `${locale} ${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter.format(value / 100);
}

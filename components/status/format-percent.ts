/** "100%" for a perfect score, two decimals otherwise ("99.97%", "99,97 %" in German), as uptime is usually quoted. */
export function formatPercent(value: number, locale = "en") {
  const digits = value === 100 ? 0 : 2;
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value / 100,
  );
}

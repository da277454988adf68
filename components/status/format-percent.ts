/** "100%" for a perfect score, two decimals otherwise ("99.97%"), as uptime is usually quoted. */
export function formatPercent(value: number) {
  return `${value === 100 ? "100" : value.toFixed(2)}%`;
}

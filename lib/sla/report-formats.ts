import type { SlaReport } from "./monthly-uptime";

// The SLA report as files: CSV for spreadsheets (one row per component, one column per month), JSON for scripts.

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const percent = (value: number | null) => (value === null ? "" : value.toFixed(3));

export function slaReportCsv(report: SlaReport): string {
  const lines = [["component", "source", ...report.months].map(csvCell).join(",")];
  for (const row of report.rows) {
    lines.push([csvCell(row.componentName), row.source, ...row.months.map((m) => percent(m.uptimePercent))].join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

export function slaReportJson(report: SlaReport) {
  return {
    generated_at: report.generatedAt.toISOString(),
    maintenance_excluded: true,
    months: report.months,
    components: report.rows.map((row) => ({
      id: row.componentId,
      name: row.componentName,
      source: row.source,
      uptime: row.months.map((m) => ({ month: m.month, percent: m.uptimePercent === null ? null : Number(m.uptimePercent.toFixed(3)) })),
    })),
  };
}

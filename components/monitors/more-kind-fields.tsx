import { inputClass } from "@/components/admin/form-controls";
import { MonitorField } from "./monitor-field";

// The fields of the DNS, TLS certificate and Postgres kinds (lib/monitors/schema.ts checks them).

type KindFieldsProps = { formId: string; errors: Record<string, string[]>; values: Record<string, string> };
const DNS_RECORD_TYPES = ["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SRV", "CAA"];

/** What a DNS monitor resolves, where, and what it expects. */
export function DnsFields({ formId, errors, values: v }: KindFieldsProps) {
  const field = { formId, errors };
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="sr-only">DNS lookup</legend>
      <MonitorField {...field} name="host" label="Name to resolve" value={v.host} placeholder="api.example.com" />
      <div>
        <label htmlFor={`${formId}-dnsRecordType`} className="block text-sm font-medium">
          Record type
        </label>
        <select id={`${formId}-dnsRecordType`} name="dnsRecordType" defaultValue={v.dnsRecordType || "A"} className={inputClass}>
          {DNS_RECORD_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </div>
      <MonitorField
        {...field}
        name="dnsResolver"
        label="Resolver (optional)"
        value={v.dnsResolver}
        placeholder="1.1.1.1 or 10.0.0.2:5353"
        hint="Blank: the system's resolver"
      />
      <MonitorField
        {...field}
        name="expectedValue"
        label="Expected value (optional)"
        value={v.expectedValue}
        placeholder="203.0.113.7 or /^10\./"
        hint="Exact text, or a /pattern/ any record must match"
      />
    </fieldset>
  );
}

/** Where a TLS certificate monitor connects and how early it warns. */
export function TlsFields({ formId, errors, values: v }: KindFieldsProps) {
  const field = { formId, errors };
  return (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className="sr-only">TLS certificate</legend>
      <MonitorField {...field} name="host" label="Host" value={v.host} placeholder="www.example.com" />
      <MonitorField {...field} name="port" type="number" label="Port (optional)" value={v.port} hint="Default 443" />
      <MonitorField
        {...field}
        name="tlsExpiryWarnDays"
        type="number"
        label="Degraded when it expires within (days)"
        value={v.tlsExpiryWarnDays}
        hint="Default 14"
      />
    </fieldset>
  );
}

/** The Postgres connection string: sealed when saved and never shown again. */
export function PostgresFields({ formId, errors, values: v }: KindFieldsProps) {
  const kept = v.hasConnectionString === "yes";
  return (
    <fieldset>
      <legend className="sr-only">Postgres connection</legend>
      <MonitorField
        formId={formId}
        errors={errors}
        name="connectionString"
        label="Connection string"
        value=""
        placeholder={kept ? "•••• kept (type a new one to replace it)" : "postgresql://monitor:secret@db.internal:5432/app"}
        hint="Encrypted when saved and never shown again; the check connects and runs SELECT 1 within the timeout."
      />
    </fieldset>
  );
}

/** HTTP only: whether the keyword must be present or absent. */
export function KeywordAbsentToggle({ values: v }: { values: Record<string, string> }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name="keywordAbsent" defaultChecked={v.keywordAbsent === "on"} /> Fail when the keyword is present (keyword
      must be absent)
    </label>
  );
}

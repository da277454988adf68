import { inputClass } from "@/components/admin/form-controls";
import { MonitorField, MonitorTextArea } from "./monitor-field";

// The fields each monitor kind adds to the form; lib/monitors/schema.ts checks them.

type KindFieldsProps = { formId: string; errors: Record<string, string[]>; values: Record<string, string> };
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const DNS_RECORD_TYPES = ["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SRV", "CAA"];

/** The fields of the chosen kind; heartbeat monitors have none. */
export function MonitorKindFields({ kind, ...props }: KindFieldsProps & { kind: string }) {
  if (kind === "http") return <HttpFields {...props} />;
  if (kind === "tcp") return <TcpFields {...props} />;
  if (kind === "dns") return <DnsFields {...props} />;
  if (kind === "tls") return <TlsFields {...props} />;
  if (kind === "postgres") return <PostgresFields {...props} />;
  return null;
}

function KindSelect(props: { formId: string; name: string; label: string; options: string[]; value: string }) {
  const id = `${props.formId}-${props.name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
      </label>
      <select id={id} name={props.name} defaultValue={props.value} className={inputClass}>
        {props.options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </div>
  );
}

function DegradedThresholdField({ formId, errors, values: v }: KindFieldsProps) {
  return (
    <MonitorField
      formId={formId}
      errors={errors}
      name="degradedThresholdMs"
      type="number"
      label="Degraded when slower than (ms, optional)"
      value={v.degradedThresholdMs}
    />
  );
}

/** What an HTTP monitor requests and what counts as healthy. */
function HttpFields(props: KindFieldsProps) {
  const { formId, errors, values: v } = props;
  const field = { formId, errors };
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="sr-only">HTTP request</legend>
      <MonitorField
        {...field}
        name="url"
        type="url"
        label="URL"
        value={v.url}
        placeholder="https://api.example.com/health"
        className="sm:col-span-2"
      />
      <KindSelect formId={formId} name="method" label="Method" options={METHODS} value={v.method ?? "GET"} />
      <MonitorField
        {...field}
        name="expectedStatusCodes"
        label="Expected status codes"
        value={v.expectedStatusCodes ?? "200-299"}
        hint='Codes and ranges, e.g. "200-299,301"'
      />
      <MonitorField {...field} name="keyword" label="Body must contain (optional)" value={v.keyword} />
      <DegradedThresholdField {...props} />
      <MonitorField {...field} name="jsonPath" label="JSON path (optional)" value={v.jsonPath} placeholder="$.status" />
      <MonitorField {...field} name="jsonExpected" label="JSON value expected" value={v.jsonExpected} placeholder="ok" />
      <MonitorTextArea
        {...field}
        name="requestHeaders"
        label="Request headers (optional)"
        value={v.requestHeaders}
        hint='One per line: "Name: value"'
        placeholder="Authorization: Bearer …"
      />
      <MonitorTextArea {...field} name="requestBody" label="Request body (optional)" value={v.requestBody} />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="followRedirects"
          defaultChecked={v.followRedirects === undefined ? true : v.followRedirects === "on"}
        />{" "}
        Follow redirects
      </label>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="keywordAbsent" defaultChecked={v.keywordAbsent === "on"} /> Fail when the keyword is present (keyword
        must be absent)
      </label>
    </fieldset>
  );
}

/** Where a TCP monitor connects. */
function TcpFields(props: KindFieldsProps) {
  const { values: v } = props;
  const field = { formId: props.formId, errors: props.errors };
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="sr-only">TCP connection</legend>
      <MonitorField {...field} name="host" label="Host" value={v.host} placeholder="db.example.com" />
      <MonitorField {...field} name="port" type="number" label="Port" value={v.port} hint="1-65535" />
      <DegradedThresholdField {...props} />
    </fieldset>
  );
}

/** What a DNS monitor resolves, where, and what it expects. */
function DnsFields({ formId, errors, values: v }: KindFieldsProps) {
  const field = { formId, errors };
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="sr-only">DNS lookup</legend>
      <MonitorField {...field} name="host" label="Name to resolve" value={v.host} placeholder="api.example.com" />
      <KindSelect formId={formId} name="dnsRecordType" label="Record type" options={DNS_RECORD_TYPES} value={v.dnsRecordType || "A"} />
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
function TlsFields({ formId, errors, values: v }: KindFieldsProps) {
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
function PostgresFields({ formId, errors, values: v }: KindFieldsProps) {
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

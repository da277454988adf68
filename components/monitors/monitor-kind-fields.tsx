import { inputClass } from "@/components/admin/form-controls";
import { MonitorField, MonitorTextArea } from "./monitor-field";

type KindFieldsProps = { formId: string; errors: Record<string, string[]>; values: Record<string, string> };
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** What an HTTP monitor requests and what counts as healthy. */
export function HttpFields({ formId, errors, values: v }: KindFieldsProps) {
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
      <div>
        <label htmlFor={`${formId}-method`} className="block text-sm font-medium">
          Method
        </label>
        <select id={`${formId}-method`} name="method" defaultValue={v.method ?? "GET"} className={inputClass}>
          {METHODS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </div>
      <MonitorField
        {...field}
        name="expectedStatusCodes"
        label="Expected status codes"
        value={v.expectedStatusCodes ?? "200-299"}
        hint='Codes and ranges, e.g. "200-299,301"'
      />
      <MonitorField {...field} name="keyword" label="Body must contain (optional)" value={v.keyword} />
      <MonitorField
        {...field}
        name="degradedThresholdMs"
        type="number"
        label="Degraded when slower than (ms, optional)"
        value={v.degradedThresholdMs}
      />
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
    </fieldset>
  );
}

/** Where a TCP monitor connects. */
export function TcpFields({ formId, errors, values: v }: KindFieldsProps) {
  const field = { formId, errors };
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="sr-only">TCP connection</legend>
      <MonitorField {...field} name="host" label="Host" value={v.host} placeholder="db.example.com" />
      <MonitorField {...field} name="port" type="number" label="Port" value={v.port} hint="1-65535" />
      <MonitorField
        {...field}
        name="degradedThresholdMs"
        type="number"
        label="Degraded when slower than (ms, optional)"
        value={v.degradedThresholdMs}
      />
    </fieldset>
  );
}

import type { ReactNode } from "react";
import { FieldError, inputClass } from "@/components/admin/form-controls";

export interface FieldProps {
  formId: string;
  name: string;
  label: string;
  /** What the admin typed last (after a failed submit), else the saved value. */
  value: string | undefined;
  errors: Record<string, string[]>;
  hint?: ReactNode;
  type?: "text" | "number" | "url";
  placeholder?: string;
  className?: string;
}

/** A labelled input with its hint and the errors the schema named for it. */
export function MonitorField({ formId, name, label, value, errors, hint, type = "text", placeholder, className = "" }: FieldProps) {
  const id = `${formId}-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        placeholder={placeholder}
        inputMode={type === "number" ? "numeric" : undefined}
        className={inputClass}
        aria-describedby={`${id}-hint ${id}-error`}
        aria-invalid={errors[name]?.length ? true : undefined}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors[name]} />
    </div>
  );
}

/** A textarea twin of MonitorField (request headers and body). */
export function MonitorTextArea({ formId, name, label, value, errors, hint, placeholder }: Omit<FieldProps, "type" | "className">) {
  const id = `${formId}-${name}`;
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={3}
        defaultValue={value}
        placeholder={placeholder}
        className={`${inputClass} font-mono`}
        aria-describedby={`${id}-hint ${id}-error`}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors[name]} />
    </div>
  );
}

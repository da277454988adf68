"use client";

/** A row of buttons of which one is pressed: the chart's range and its locations view. */
export function ToggleButtons<T extends string>(props: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons; a fieldset would need a legend and reset styles
    <div role="group" aria-label={props.label} className="flex gap-1">
      {props.options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={props.value === option.value}
          onClick={() => props.onChange(option.value)}
          className={`rounded-md px-2 py-0.5 text-xs ${props.value === option.value ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

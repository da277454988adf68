import { IntlMessageFormat } from "intl-messageformat";

// What the message check compares across languages: each message's key, and the arguments and tags it uses.

export type MessageTree = { [key: string]: string | MessageTree };

/** "status.component.partial_outage" → its text, for every leaf. */
export function flattenMessages(tree: MessageTree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [leaf, text] of flattenMessages(value, path)) flat.set(leaf, text);
  }
  return flat;
}

interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}

// intl-messageformat's element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag.
const NAMED = new Set([1, 2, 3, 4, 5, 6]);
const TAG = 8;

function collect(elements: Element[], into: Set<string>): Set<string> {
  for (const element of elements) {
    if (NAMED.has(element.type) && element.value) into.add(`{${element.value}}`);
    if (element.type === TAG && element.value) into.add(`<${element.value}>`);
    for (const option of Object.values(element.options ?? {})) collect(option.value, into);
    if (element.children) collect(element.children, into);
  }
  return into;
}

/** The arguments ("{name}") and tags ("<link>") of an ICU message; throws when the message does not parse. */
export function placeholdersOf(message: string, locale: string): string[] {
  const ast = new IntlMessageFormat(message, locale).getAst() as unknown as Element[];
  return [...collect(ast, new Set())].sort();
}

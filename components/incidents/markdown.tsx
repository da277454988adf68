import type { ReactElement } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// Task-list items ("- [ ] Add staging database") shown as a read-only mark, not an unlabeled form control; code
// blocks scroll inside themselves, so a keyboard reaches them too (tabIndex), as scrollable regions must be.
const components: Components = {
  pre: ({ node: _node, ...props }) => (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a block that scrolls sideways must be reachable by keyboard (axe: scrollable-region-focusable)
    <pre tabIndex={0} {...props} />
  ),
  input: ({ checked }) => (
    <span role="img" aria-label={checked ? "done" : "to do"} className="me-1 select-none">
      {checked ? "☑" : "☐"}
    </span>
  ),
};

// Inline code without the typography plugin's literal backticks, as a tinted chip that wraps anywhere, so a long
// path or command in a postmortem never makes a phone scroll sideways; blocks scroll inside themselves.
export const PROSE_CLASS =
  "prose prose-zinc max-w-none min-w-0 text-sm [overflow-wrap:anywhere] dark:prose-invert prose-pre:overflow-x-auto prose-code:before:content-none prose-code:after:content-none [&_:not(pre)>code]:rounded [&_:not(pre)>code]:bg-zinc-100 [&_:not(pre)>code]:px-1 [&_:not(pre)>code]:py-0.5 [&_:not(pre)>code]:font-normal dark:[&_:not(pre)>code]:bg-zinc-800";

// Parsing markdown is most of what rendering an update costs, and after a change the same few hundred bodies are
// rendered again on every page that shows them: each body's element tree is made once (React elements are
// immutable, so one tree serves every render) and kept while there are at most this many.
const PARSED_KEPT = 2_000;
const parsed = new Map<string, ReactElement>();

function parsedMarkdown(body: string): ReactElement {
  let tree = parsed.get(body);
  if (!tree) {
    tree = ReactMarkdown({ children: body, remarkPlugins: [remarkGfm], components }) as ReactElement;
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    parsed.set(body, tree);
  }
  return tree;
}

// react-markdown renders no raw HTML and drops javascript: links, so admin-written markdown is safe to show.
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return <div className={`${PROSE_CLASS} ${className}`}>{parsedMarkdown(children)}</div>;
}

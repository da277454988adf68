import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// Task-list items ("- [ ] Add staging database") shown as a read-only mark, not an unlabeled form control.
const components: Components = {
  input: ({ checked }) => (
    <span role="img" aria-label={checked ? "done" : "to do"} className="mr-1 select-none">
      {checked ? "☑" : "☐"}
    </span>
  ),
};

// react-markdown renders no raw HTML and drops javascript: links, so admin-written markdown is safe to show.
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div className={`prose prose-zinc max-w-none text-sm dark:prose-invert prose-pre:overflow-x-auto ${className}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}

import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

// react-markdown renders no raw HTML and drops javascript: links, so admin-written markdown is safe to show.
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div className={`prose prose-zinc max-w-none text-sm dark:prose-invert prose-pre:overflow-x-auto ${className}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{children}</ReactMarkdown>
    </div>
  );
}

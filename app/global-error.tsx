"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "4rem 1.5rem" }}>
        <h1>Status temporarily unavailable</h1>
        <p>The status page could not load its data. Please try again in a moment.</p>
        {error.digest && <p style={{ fontSize: 12, color: "#666" }}>Reference: {error.digest}</p>}
      </body>
    </html>
  );
}

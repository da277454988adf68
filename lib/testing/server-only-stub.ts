// Empty stand-in for the "server-only" guard under vitest.
export {};

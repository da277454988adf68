/**
 * Logs a repeating failure once: when it starts and whenever its message changes, then one "recovered" line
 * when things work again. A store outage would otherwise print a line every tick.
 */
export interface FailureLog {
  failed(error: unknown): void;
  succeeded(): void;
}

export interface JobLogger {
  info(line: string): void;
  error(line: string, message: string): void;
}

export const consoleLogger: JobLogger = {
  info: (line) => console.log(line),
  error: (line, message) => console.error(line, message),
};

/** `what` names the failure in the log: "[beacon] <what>: <message>". */
export function createFailureLog(name: string, what: string, log: JobLogger = consoleLogger): FailureLog {
  let lastFailure: string | null = null;
  return {
    failed(error) {
      const message = messageOf(error);
      if (message !== lastFailure) log.error(`[beacon] ${name} ${what}:`, message);
      lastFailure = message;
    },
    succeeded() {
      if (lastFailure !== null) log.info(`[beacon] ${name} recovered`);
      lastFailure = null;
    },
  };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

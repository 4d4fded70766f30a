/** Where progress goes: the Actions log (core) or a terminal (CLI). */
export interface Log {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
  debug(message: string): void
  /** Runs `fn` inside a collapsible log group named `name`. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** A log that keeps lines in memory; tests assert on it. */
export class MemoryLog implements Log {
  readonly lines: string[] = []
  info(message: string): void {
    this.lines.push(message)
  }
  warn(message: string): void {
    this.lines.push(`warning: ${message}`)
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`)
  }
  debug(): void {}
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`[${name}]`)
    return fn()
  }
}

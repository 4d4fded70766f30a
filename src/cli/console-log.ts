import { inTerminalWords } from '../config/input-wording.js'
import type { Log } from '../shared/log.js'

/** Progress on a terminal for the CLI: stages as headings, lines indented beneath them, inputs as flags. */
export class ConsoleLog implements Log {
  private indent = ''

  constructor(
    private readonly out: NodeJS.WritableStream = process.stderr,
    private readonly verbose = false,
  ) {}

  info(message: string): void {
    this.write(message)
  }
  warn(message: string): void {
    this.write(`warning: ${message}`)
  }
  error(message: string): void {
    this.write(`error: ${message}`)
  }
  debug(message: string): void {
    if (this.verbose) this.write(`debug: ${message}`)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write(`▸ ${name}`)
    const outer = this.indent
    this.indent = `${outer}  `
    const started = Date.now()
    try {
      return await fn()
    } finally {
      this.indent = outer
      this.write(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    }
  }

  private write(message: string): void {
    for (const line of inTerminalWords(message).split('\n')) this.out.write(`${this.indent}${line}\n`)
  }
}

/**
 * The last `limit` characters of a stream of output. dbt and sqlfluff print their errors last, so when
 * output must be cut it is the beginning that goes; `text()` then starts with a line saying how much.
 */
export class OutputTail {
  private chunks: string[] = []
  private kept = 0
  private cut = 0

  constructor(private readonly limit: number) {}

  push(chunk: string): void {
    this.chunks.push(chunk)
    this.kept += chunk.length
    // Trimming only once twice the limit is held keeps pushes cheap: each character is copied O(1) times.
    if (this.kept > 2 * this.limit) this.trim()
  }

  text(): string {
    this.trim()
    const body = this.chunks.join('')
    if (this.cut === 0) return body
    return `[… ${this.cut} characters of output cut; the last ${body.length} are kept …]\n${body}`
  }

  private trim(): void {
    if (this.kept <= this.limit) return
    const joined = this.chunks.join('')
    const excess = joined.length - this.limit
    this.cut += excess
    this.chunks = [joined.slice(excess)]
    this.kept = this.limit
  }
}

import type { SandboxReport } from '../adapters/sandbox/sandbox-spec.js'

/** One sentence on how dbt and sqlfluff were contained, for the PR body, the summary and the log. */
export function describeSandbox(report: SandboxReport): string {
  const access = report.externalAccess
  const duckdb = access
    ? access.disabled
      ? " DuckDB's own file access from SQL was switched off."
      : ` DuckDB's own file access from SQL stayed on (${access.reason ?? 'the project needs it'}).`
    : ''
  if (report.contained) {
    const network = report.network ? 'with network' : 'without network'
    return `dbt and sqlfluff ran in a bubblewrap sandbox (repository read-only, \`.git\` hidden, ${network}, no run secrets in the environment).${duckdb}`
  }
  if (report.mode === 'off')
    return `dbt and sqlfluff ran without a sandbox (input \`sandbox: off\`).${duckdb}`
  return `dbt and sqlfluff ran WITHOUT a sandbox: ${report.reason ?? 'bubblewrap could not run'}. Only the environment was reduced to an allow-list; install bubblewrap (\`sudo apt-get install -y bubblewrap\`) or set \`sandbox: required\` to fail instead.${duckdb}`
}

/** The PR body's and summary's line: a warning when model-written code ran uncontained. */
export function sandboxMarkdown(report: SandboxReport | undefined): string | undefined {
  if (!report) return undefined
  const text = describeSandbox(report)
  return report.contained ? `🔒 ${text}` : `> [!WARNING]\n> ${text}`
}

import { stderrTail, type PythonAnswer } from './sandboxed-python.js'

/** Why sqlglot (the SQL verdict's and the optimization checks' parser) gave no answer, and what to do. */
export function sqlParserNotRun(
  failure: Exclude<PythonAnswer<unknown>, { answer: unknown }>,
  python: string,
): string {
  switch (failure.failed) {
    case 'timeout':
      return `the SQL parser did not finish within ${Math.round(failure.timeoutMs / 1000)} s`
    case 'exit': {
      if (/No module named '?sqlglot/.test(failure.stderr))
        return `sqlglot is not installed beside dbt (\`${python}\`): \`pip install sqlglot\` in dbt's environment`
      const tail = stderrTail(failure.stderr, 3)
      return `the SQL parser (\`${python}\`) failed: ${tail || `exit ${failure.exitCode}`}`
    }
    case 'no-json':
      return 'the SQL parser wrote no JSON'
    case 'shape':
      return 'the SQL parser answered in an unexpected shape'
  }
}

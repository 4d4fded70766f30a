import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { DbtInvocation } from '../adapters/dbt/dbt-cli.js'
import {
  compiledStatements,
  executedStatements,
  type VerdictStatement,
} from '../adapters/dbt/executed-statements.js'
import { dialectOf, type SqlChecker } from '../adapters/dbt/sql-checker.js'
import type { DbtProject } from '../project/dbt-project.js'
import type { SqlFinding, SqlVerdictStep } from './validation.js'

export interface VerdictInput {
  checker: SqlChecker
  project: DbtProject
  invocation: DbtInvocation
  /** run_results.json of the build, when dbt wrote one. */
  runResults?: string
  /** The project-relative file of a node, for the finding's path. */
  fileOf: (uniqueId: string) => string | undefined
}

/**
 * The verdict on what dbt really ran: every statement of the build's log and each node's compiled SQL,
 * parsed. The cheap source rules have run before; this is the check that rests on the rendered SQL.
 */
export async function judgeBuild(input: VerdictInput): Promise<SqlVerdictStep> {
  const { invocation, project } = input
  if (!invocation.invocationId || !invocation.logFile)
    return { statements: 0, findings: [], notRun: 'dbt wrote no structured log for the build' }
  const logText = await readFile(invocation.logFile, 'utf8').catch(() => undefined)
  if (logText === undefined)
    return { statements: 0, findings: [], notRun: `dbt's log file ${invocation.logFile} is missing` }
  const seedFile = (nodePath: string) =>
    project.seedPaths
      .map((dir) => path.join(dir, nodePath))
      .find((file) => existsSync(path.join(project.dir, file)))
  const executed = executedStatements(logText, invocation.invocationId, seedFile)
  const statements = [...executed.statements, ...compiledStatements(input.runResults ?? '')]
  if (statements.length === 0) return { statements: 0, findings: [] }
  const answer = await input.checker.check({
    dialect: dialectOf(executed.adapter),
    projectDir: project.dir,
    statements,
  })
  if ('notRun' in answer) return { statements: statements.length, findings: [], notRun: answer.notRun }
  const findings = answer.verdicts.flatMap((verdict, index) => {
    const statement = statements[index]
    return statement ? verdict.findings.map((found) => toFinding(statement, found, input.fileOf)) : []
  })
  return { statements: statements.length, findings: dedupe(findings) }
}

function toFinding(
  statement: VerdictStatement,
  found: { construct: string; detail: string },
  fileOf: (uniqueId: string) => string | undefined,
): SqlFinding {
  const where = statement.node ? `${statement.node} ` : 'dbt '
  const what = statement.source === 'executed' ? 'ran' : 'compiled to'
  return {
    rule: 'forbidden-sql',
    path: (statement.node && fileOf(statement.node)) ?? statement.node ?? '(dbt)',
    message: `${where}${what} SQL with \`${found.construct}\`: ${found.detail}. Models select from ref() and source(); load files as seeds.`,
    executed: statement.source === 'executed',
    ...(statement.node ? { node: statement.node } : {}),
  }
}

function dedupe(findings: SqlFinding[]): SqlFinding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = `${finding.path}\n${finding.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

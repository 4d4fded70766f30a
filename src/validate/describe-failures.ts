import { isFailure } from './run-results.js'
import type { Validation } from './validation.js'

const MESSAGE_LIMIT = 800
const TOTAL_LIMIT = 6000

/**
 * A compact account of what failed, for the model's repair turn: each failing dbt node with its file and
 * dbt's message, then each lint violation as `file:line:column CODE description`. Empty when all passed.
 */
export function describeFailures(validation: Validation, limit = TOTAL_LIMIT): string {
  const sections: string[] = []
  const { dbt, lint } = validation
  if (dbt.error) sections.push(`dbt could not run the build:\n${trimMessage(dbt.error)}`)
  if (dbt.unchecked && dbt.unchecked.length > 0) {
    sections.push(
      `dbt did not check part of the change, so it cannot pass:\n${dbt.unchecked.map((line) => `- ${line}`).join('\n')}`,
    )
  }
  const forbidden = dbt.sqlVerdict?.findings ?? []
  if (forbidden.length > 0) {
    sections.push(
      `The compiled SQL does what a dbt model may not (a model selects; only dbt writes its own relation):\n${forbidden.map((finding) => `- ${finding.path}: ${finding.message}`).join('\n')}`,
    )
  }
  const failed = dbt.results.filter(isFailure)
  if (failed.length > 0) {
    const lines = failed.map((node) => {
      const where = node.file ? ` (${node.file})` : ''
      const message = node.message ? `\n${indent(trimMessage(node.message))}` : ''
      return `- ${node.uniqueId}${where}: ${node.status}${message}`
    })
    const skipped = dbt.results.filter((node) => node.status === 'skipped').length
    const note = skipped > 0 ? `\n${skipped} downstream node(s) were skipped because of these failures.` : ''
    sections.push(`dbt build failures:\n${lines.join('\n')}${note}`)
  }
  // Only what the change introduced: violations already in the base are not the model's to fix, and a
  // lint setup error (`lint.notRun`) is the environment's.
  if (lint.violations.length > 0) {
    const lines = lint.violations.map((v) => `- ${v.file}:${v.line}:${v.column} ${v.code} ${v.description}`)
    sections.push(
      `sqlfluff violations your change introduced (fix them in the SQL, keeping the project's style):\n${lines.join('\n')}`,
    )
  }
  if (sections.length > 0 && validation.reusedFrom !== undefined) {
    sections.unshift(
      `No file changed since round ${validation.reusedFrom}: the change is as it was then, so its failures stand. Edit the files to fix them.`,
    )
  }
  return cap(sections.join('\n\n'), limit)
}

/** Drops dbt's macro call stack and blank lines, which cost tokens and do not help a fix. */
function trimMessage(message: string): string {
  const lines = message
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '' && !/^\s*> (in|called by) macro /.test(line))
  const text = lines.join('\n').trim()
  return text.length <= MESSAGE_LIMIT ? text : `${text.slice(0, MESSAGE_LIMIT)}…`
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')
}

function cap(text: string, limit: number): string {
  if (text.length <= limit) return text
  const cut = text.lastIndexOf('\n', limit)
  const kept = text.slice(0, cut > 0 ? cut : limit)
  const droppedLines = text
    .slice(kept.length)
    .split('\n')
    .filter((line) => line.startsWith('- ')).length
  return `${kept}\n… (${droppedLines} more item(s) not shown)`
}

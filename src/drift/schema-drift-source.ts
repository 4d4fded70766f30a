import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { DbtInvocation } from '../adapters/dbt/dbt-cli.js'
import { DbtError } from '../adapters/dbt/dbt-error.js'
import { readDbtProject } from '../project/dbt-project.js'
import { loadManifestGraph } from '../project/graph.js'
import type { Log } from '../shared/log.js'
import { RunStop } from '../run/run-stop.js'
import { installPackages } from '../validate/package-install.js'
import type { NoWork, Ticket, TicketSource } from '../tickets/ticket.js'
import { parseCatalog } from './catalog.js'
import { compareSources } from './compare-sources.js'
import { driftTitle, renderDriftFindings, renderDriftInstructions } from './drift-markdown.js'

/** The dbt commands drift detection needs: `deps` when packages are declared, then `docs generate`. */
export interface CatalogRunner {
  deps(): Promise<DbtInvocation>
  /** Writes manifest.json and catalog.json into `targetPath`. */
  docsGenerate(select: string, targetPath: string): Promise<DbtInvocation>
}

export const SCHEMA_DRIFT_KEY = 'schema-drift'

/**
 * `mode: detect-schema-drift`: the "ticket" is what the warehouse says about the declared sources. One
 * `dbt docs generate` over the sources reads their columns through the adapter (so any warehouse works);
 * drift becomes a ticket the usual pipeline turns into a validated pull request; no drift is no work.
 */
export class SchemaDriftSource implements TicketSource {
  constructor(
    private readonly dbt: CatalogRunner,
    private readonly options: { projectDir: string; targetPath: string; dbtTarget?: string; log: Log },
  ) {}

  async fetch(key: string): Promise<Ticket | NoWork> {
    const { projectDir, targetPath, dbtTarget, log } = this.options
    // Drift is read before the base is prepared, so packages the project declares are not installed yet.
    await installPackages(await readDbtProject(projectDir), this.dbt, log)
    await rm(targetPath, { recursive: true, force: true })
    const run = await this.dbt.docsGenerate('source:*', targetPath)
    if (run.exitCode !== 0) {
      throw new DbtError(
        `dbt docs generate failed, so the warehouse's source columns could not be read: ${failureDetail(run)}`,
      )
    }
    const manifestPath = path.join(targetPath, 'manifest.json')
    const catalogPath = path.join(targetPath, 'catalog.json')
    const graph = loadManifestGraph(await readFile(manifestPath, 'utf8'), manifestPath)
    const catalog = parseCatalog(await readFile(catalogPath, 'utf8'), catalogPath)
    for (const error of catalog.errors) log.warn(`dbt could not read part of the warehouse catalog: ${error}`)
    const report = compareSources(graph, catalog)
    const counts = `${report.compared.columns} column(s) of ${report.compared.tables} source table(s)`
    log.info(
      `Compared ${counts}: ${report.drifted.length} table(s) drifted, ${report.missing.length} missing`,
    )
    if (report.drifted.length === 0) {
      if (report.missing.length > 0) {
        throw new RunStop(
          'failed:source-missing',
          `No column drift, but ${report.missing.length} declared source table(s) are not in the warehouse: ${report.missing.map((m) => `${m.source} (${m.file})`).join(', ')}. Point \`dbt-target\` at the warehouse the sources live in, or remove the sources.`,
        )
      }
      return { noWork: 'no-drift', message: `No schema drift: the warehouse matches the YAML for ${counts}.` }
    }
    const findings = renderDriftFindings(report, dbtTarget)
    return {
      key,
      source: 'schema-drift',
      title: driftTitle(report),
      body: `${findings}\n\n${renderDriftInstructions(report)}`,
      labels: ['schema-drift'],
      fields: {},
      report: findings,
    }
  }
}

function failureDetail(run: DbtInvocation): string {
  return run.errors.join('\n').slice(0, 2000) || `exit code ${run.exitCode}`
}

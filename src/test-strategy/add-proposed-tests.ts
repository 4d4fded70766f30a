import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { relationOf } from '../evidence/evidence-targets.js'
import type { NodeChange } from '../impact/impact.js'
import { isRecord, str, type GraphNode, type ManifestGraph } from '../project/graph.js'
import type { Log } from '../shared/log.js'
import type { ChangeValidator, Validation } from '../validate/validation.js'
import type { DataProbe } from './data-probe.js'
import { addTestsToProperties, addUnitTestToProperties } from './properties-edit.js'
import { completePlan, planTests } from './propose-tests.js'
import { proposeUnitTest, unitTestCandidate } from './propose-unit-test.js'
import type { ModelCoverage, ProposedTest, ProposedUnitTest, TestStrategyStage } from './test-strategy.js'
import { coverageOf } from './test-coverage.js'

/**
 * Changed models looked at, at most: each costs up to two `dbt show` launches for its data tests and, with
 * new logic, one per parent (at most `MAX_GIVEN_INPUTS`) and one for the expected rows of its unit test.
 */
export const MAX_MODELS = 5
const PASSED = new Set(['pass', 'success'])

/** Where the tests are written: the guarded workspace (paths relative to its root). */
export interface TestFiles {
  write(file: string, content: string): Promise<void>
  delete(file: string): Promise<void>
  changedFiles(): Promise<string[]>
}

export interface AddTestsInput {
  probe: DataProbe
  files: TestFiles
  validator: ChangeValidator
  /** The workspace root and the dbt project folder (manifest paths are relative to the project). */
  root: string
  projectDir: string
  baseGraph: ManifestGraph | undefined
  /** The last validated round's manifest, and every round so far. */
  graph: ManifestGraph
  validations: readonly Validation[]
  changed: readonly NodeChange[]
  log: Log
}

export interface AddTestsResult {
  stage: TestStrategyStage
  /** The round that validated the change with its tests, when they were kept. */
  validated?: { validation: Validation; graph?: ManifestGraph }
}

/**
 * The test strategy after a passing validation: for each changed model dbt built, tests proposed from its
 * key, lineage and data (`planTests`) and, for new logic, one unit test (`proposeUnitTest`), written into
 * its properties file through the guarded workspace, then validated with the change in one more round.
 * Tests are kept only when that round passes and dbt ran and passed every one of them; otherwise the files
 * go back to what the last passing round validated.
 */
export async function addProposedTests(input: AddTestsInput): Promise<AddTestsResult> {
  const { graph, log } = input
  const stage: TestStrategyStage = {
    status: 'nothing-to-add',
    proposed: [],
    declined: [],
    unitTests: [],
    unitTestsDeclined: [],
    files: [],
    coverage: [],
    skipped: [],
    launches: 0,
  }
  const last = input.validations.at(-1)
  if (!last?.ok)
    return { stage: { ...stage, status: 'not-run', reason: 'the change did not pass validation' } }
  const targets = chooseTargets(input, last, stage)
  const columnsOf = new Map<string, string[]>()
  for (const node of targets) {
    await proposeDataTests(input, node, stage, columnsOf)
    await proposeNewLogicTest(input, node, stage)
  }
  stage.launches = input.probe.launches
  const coverage = (finalGraph: ManifestGraph): ModelCoverage[] =>
    targets
      .filter((node) => columnsOf.has(node.id))
      .map((node) =>
        coverageOf({
          modelId: node.id,
          model: node.name,
          columns: columnsOf.get(node.id)!,
          baseGraph: input.baseGraph,
          graph: finalGraph,
        }),
      )
  if (stage.proposed.length + stage.unitTests.length === 0)
    return { stage: { ...stage, coverage: coverage(graph) } }

  const previous = await writeTests(input, stage)
  if (stage.proposed.length + stage.unitTests.length === 0)
    return { stage: { ...stage, status: 'nothing-to-add', coverage: coverage(graph) } }

  const round = input.validations.length + 1
  stage.round = round
  const count = stage.proposed.length + stage.unitTests.length
  log.info(
    `Test strategy: ${count} test(s) added to ${stage.files.join(', ')}; validating them (round ${round})`,
  )
  const checked = await log.group(`Validate the proposed tests (round ${round})`, async () =>
    input.validator.validate(round, await input.files.changedFiles()),
  )
  const failedUnit = unitTestsNotPassed(stage.unitTests, checked.validation)
  const unverified = checked.validation.ok
    ? [
        ...testsNotPassed(stage.proposed, checked.graph, checked.validation).map(
          (test) => `${test.test} on ${test.model}.${test.column}`,
        ),
        ...failedUnit,
      ]
    : []
  if (checked.validation.ok && unverified.length === 0) {
    return {
      stage: { ...stage, status: 'added', coverage: coverage(checked.graph ?? graph) },
      validated: { validation: checked.validation, ...(checked.graph ? { graph: checked.graph } : {}) },
    }
  }
  for (const [file, before] of previous) {
    if (before === null) await input.files.delete(file)
    else await input.files.write(file, before)
  }
  const reason = checked.validation.ok
    ? `dbt did not run and pass ${unverified.length} of the ${count} added test(s) (${unverified.slice(0, 3).join('; ')})`
    : `round ${round} failed with the added tests${failedUnit.length > 0 ? ` (${failedUnit.join('; ')})` : ''}`
  log.warn(`Test strategy: ${reason}; the proposed tests were taken out again`)
  return { stage: { ...stage, status: 'removed-after-failure', reason, coverage: coverage(graph) } }
}

/** The changed models the strategy looks at; the others go to `stage.skipped` with why. */
function chooseTargets(input: AddTestsInput, last: Validation, stage: TestStrategyStage): GraphNode[] {
  const built = new Set(
    last.dbt.results.filter((r) => PASSED.has(r.status.toLowerCase())).map((r) => r.uniqueId),
  )
  const targets: GraphNode[] = []
  for (const change of input.changed) {
    if (change.kind !== 'model' || change.change === 'removed') continue
    const node = input.graph.get(change.id)
    if (!node) continue
    const reason = !built.has(node.id)
      ? 'the last round did not build it'
      : node.version !== undefined
        ? 'versioned models are not handled yet'
        : !relationOf(node)
          ? 'it has no relation to read (ephemeral)'
          : targets.length >= MAX_MODELS
            ? `over the limit of ${MAX_MODELS} models`
            : undefined
    if (reason) stage.skipped.push({ model: node.name, reason })
    else targets.push(node)
  }
  return targets
}

/** The model's data tests from its profile and checks (`planTests`, `completePlan`), into the stage. */
async function proposeDataTests(
  input: AddTestsInput,
  node: GraphNode,
  stage: TestStrategyStage,
  columnsOf: Map<string, string[]>,
): Promise<void> {
  try {
    const target = {
      id: node.id,
      name: node.name,
      packageName: node.packageName,
      relationName: relationOf(node)!.relationName,
    }
    const profile = await input.probe.profile(target)
    columnsOf.set(
      node.id,
      profile.columns.map((column) => column.name),
    )
    const plan = planTests(input.graph, node, profile)
    const done =
      plan.values.length + plan.orphans.length > 0
        ? completePlan(node, plan, await input.probe.check(target, plan.values, plan.orphans))
        : plan
    stage.proposed.push(...done.proposed)
    stage.declined.push(...done.declined)
  } catch (error) {
    stage.skipped.push({ model: node.name, reason: `its data could not be read: ${message(error)}` })
  }
}

/** The model's one unit test for new logic (`unitTestCandidate`, `proposeUnitTest`), into the stage. */
async function proposeNewLogicTest(
  input: AddTestsInput,
  node: GraphNode,
  stage: TestStrategyStage,
): Promise<void> {
  const candidate = unitTestCandidate(input.graph, input.baseGraph, node)
  const proposal = 'declined' in candidate ? candidate : await proposeUnitTest(input.probe, node, candidate)
  if ('declined' in proposal) stage.unitTestsDeclined.push({ model: node.name, reason: proposal.declined })
  else stage.unitTests.push(proposal.test)
}

/**
 * Each properties file once, with every test and unit test of its models; the stage keeps only what was
 * written. Returns what each file held before, to put back.
 */
async function writeTests(
  input: AddTestsInput,
  stage: TestStrategyStage,
): Promise<Map<string, string | null>> {
  const previous = new Map<string, string | null>()
  const written: ProposedTest[] = []
  const writtenUnit: ProposedUnitTest[] = []
  const files = new Map<string, { tests: ProposedTest[]; unitTests: ProposedUnitTest[] }>()
  const fileOf = (modelId: string) => {
    const file = propertiesFileOf(modelId, input)
    if (!files.has(file)) files.set(file, { tests: [], unitTests: [] })
    return files.get(file)!
  }
  for (const test of stage.proposed) fileOf(test.modelId).tests.push(test)
  for (const test of stage.unitTests) fileOf(test.modelId).unitTests.push(test)
  for (const [file, { tests, unitTests }] of files) {
    const before = await readFile(path.join(input.root, file), 'utf8').catch(() => null)
    try {
      let text = before
      for (const [model, modelTests] of groupBy(tests, (test) => test.model))
        text = addTestsToProperties(text, model, modelTests)
      for (const test of unitTests) text = addUnitTestToProperties(text, test)
      await input.files.write(file, text!)
      previous.set(file, before)
      written.push(...tests)
      writtenUnit.push(...unitTests)
    } catch (error) {
      for (const model of new Set([...tests, ...unitTests].map((test) => test.model)))
        stage.skipped.push({ model, reason: `${file} could not take its tests: ${message(error)}` })
    }
  }
  stage.proposed = written
  stage.unitTests = writtenUnit
  stage.files = [...previous.keys()].sort()
  return previous
}

/** The unit tests without a passing result in the round (dbt's id: `unit_test.<package>.<model>.<name>`), with their status. */
function unitTestsNotPassed(tests: readonly ProposedUnitTest[], validation: Validation): string[] {
  const status = new Map(
    validation.dbt.results.map((result) => [result.uniqueId, result.status.toLowerCase()]),
  )
  const failed: string[] = []
  for (const test of tests) {
    const packageName = test.modelId.split('.')[1] ?? ''
    const result = status.get(`unit_test.${packageName}.${test.model}.${test.name}`)
    if (!PASSED.has(result ?? '')) failed.push(`unit test ${test.name}: ${result ?? 'not run'}`)
  }
  return failed
}

/** The tests among `tests` that have no passing result in the round (found in its manifest by model, column and name). */
function testsNotPassed(
  tests: readonly ProposedTest[],
  graph: ManifestGraph | undefined,
  validation: Validation,
): ProposedTest[] {
  if (!graph) return [...tests]
  const status = new Map(
    validation.dbt.results.map((result) => [result.uniqueId, result.status.toLowerCase()]),
  )
  return tests.filter((test) => {
    const ids = graph.testsOf(test.modelId).filter((id) => {
      const node = graph.get(id)
      const metadata = node && isRecord(node.raw.test_metadata) ? node.raw.test_metadata : undefined
      const kwargs = metadata && isRecord(metadata.kwargs) ? metadata.kwargs : {}
      const column = str(node?.raw.column_name) ?? str(kwargs.column_name)
      return (
        metadata?.name === test.test &&
        column?.toLowerCase() === test.column.toLowerCase() &&
        str(node?.raw.attached_node) === test.modelId
      )
    })
    return !ids.some((id) => PASSED.has(status.get(id) ?? ''))
  })
}

/** The properties file of a model (root-relative): its YAML, else one beside its SQL. */
function propertiesFileOf(
  modelId: string,
  input: Pick<AddTestsInput, 'graph' | 'root' | 'projectDir'>,
): string {
  const node = input.graph.get(modelId)!
  const projectFile = node.patchFile ?? node.file.replace(/\.sql$/i, '.yml')
  return path.relative(input.root, path.join(input.projectDir, projectFile)).split(path.sep).join('/')
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (!groups.has(k)) groups.set(k, [])
    groups.get(k)!.push(item)
  }
  return groups
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

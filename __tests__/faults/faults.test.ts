import { afterAll, afterEach, beforeEach, describe } from '@jest/globals'
import { FaultLedger } from './fault-ledger.js'
import { FaultStage } from './fault-stage.js'
import { jiraFaults } from './jira-faults.js'
import { anthropicFaults } from './anthropic-faults.js'
import { githubFaults } from './github-faults.js'
import { gitFaults } from './git-faults.js'
import { dbtFaults } from './dbt-faults.js'

// Every far end fails in turn while a real run goes through `runTicket`; each case checks the documented
// status, a message that says what to do, the audit bundle, the remote branch and the pull requests.
// The counts go to docs/reliability.md (UPDATE_RELIABILITY_DOC=1 rewrites them; otherwise they must match).

const ledger = new FaultLedger()
const stage = new FaultStage()

describe('fault injection', () => {
  beforeEach(() => stage.start())
  afterEach(() => stage.stop())
  afterAll(() => ledger.syncDoc(process.env.UPDATE_RELIABILITY_DOC === '1'))

  describe('Jira', () => jiraFaults(ledger, stage))
  describe('Anthropic', () => anthropicFaults(ledger, stage))
  describe('GitHub', () => githubFaults(ledger, stage))
  describe('git push', () => gitFaults(ledger, stage))
  describe('dbt, sqlfluff and the filesystem', () => dbtFaults(ledger, stage))
})

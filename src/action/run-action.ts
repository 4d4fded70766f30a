import * as core from '@actions/core'
import { ActionsLog } from './actions-log.js'
import { readActionSettings } from './read-inputs.js'
import { readRunEnvironment } from '../config/run-environment.js'
import { classifyFailure, isFailure } from '../run/outcome.js'
import type { Request } from '../triggers/request.js'
import { readEventPayload } from './read-event.js'
import { runOutputs } from './run-outputs.js'
import { routeEvent } from '../triggers/route-event.js'
import { UNTRUSTED_EVENTS } from '../triggers/untrusted-events.js'

/** The Action: event → request → one ticket, a backlog plan, or a backlog run. One exit path for errors. */
export async function run(): Promise<void> {
  const log = new ActionsLog()
  try {
    const environment = readRunEnvironment()
    const settings = readActionSettings()
    const eventName = environment.eventName ?? 'workflow_dispatch'
    // A backlog mode needs no ticket, whatever started it, except events people start from an issue.
    const request: Request =
      settings.mode !== 'run' && !UNTRUSTED_EVENTS.has(eventName)
        ? { kind: 'plan-backlog', event: eventName }
        : routeEvent(eventName, await readEventPayload(), {
            ticketInput: settings.ticket.key || undefined,
            triggerLabel: settings.triggers.label,
            triggerPhrase: settings.triggers.phrase,
            branchPrefix: settings.branchPrefix,
          })
    // The stages load only once the inputs and the event are known to be usable: a bad input fails fast.
    const { runActionJob } = await import('./action-job.js')
    const status = await runActionJob(request, settings, environment, log)
    if (isFailure(status.status)) core.setFailed(`${status.status}: ${status.message}`)
    else if (status.status.startsWith('skipped:') && settings.failOnSkip) {
      core.setFailed(`${status.status}: ${status.message} (input \`fail-on-skip\` is true)`)
    } else log.info(`${status.status}: ${status.message}`)
  } catch (error) {
    const failure = classifyFailure(error)
    for (const [name, value] of Object.entries(runOutputs(failure.status))) core.setOutput(name, value)
    core.setFailed(failure.message)
  }
}

import { expect } from '@jest/globals'
import { WorkspaceError } from '../../src/agent/workspace.js'

/** The message of the `WorkspaceError` the promise rejects with; fails the test on anything else. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(WorkspaceError)
  return (error as WorkspaceError).message
}

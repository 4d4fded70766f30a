import { describe, it, expect } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { executeTool } from '../../src/agent/tools.js'
import { Workspace } from '../../src/agent/workspace.js'
import { ScriptSchema, turnContent } from '../../src/demo/scripted-messages-server.js'

describe('examples/demo/script.json', () => {
  it('is a valid script whose tool calls all have valid input', async () => {
    const script = ScriptSchema.parse(
      JSON.parse(await readFile(path.resolve('examples/demo/script.json'), 'utf8')),
    )
    expect(script.turns.length).toBeGreaterThan(0)
    // An empty scratch folder: input validation runs before any file is touched.
    const scratch = await mkdtemp(path.join(tmpdir(), 'autopilot-demo-script-'))
    try {
      const workspace = new Workspace(scratch)
      for (const turn of script.turns) {
        for (const block of turnContent(turn)) {
          if (block.type !== 'tool_use') continue
          const result = await executeTool(workspace, block.name, block.input)
          expect(result.content).not.toMatch(/Invalid input|Unknown tool/)
        }
      }
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  })
})

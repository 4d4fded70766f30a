import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { executeTool, TOOL_SPECS } from '../../src/agent/tools.js'
import { Workspace } from '../../src/agent/workspace.js'
import { guardConfigWithSecrets } from '../../src/guard/guard.js'

let root: string
let workspace: Workspace

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'autopilot-tools-'))
  await mkdir(path.join(root, 'models'), { recursive: true })
  await writeFile(path.join(root, 'models/orders.sql'), 'select id from raw.orders\n')
  workspace = new Workspace(root)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('tool specs', () => {
  it('describes every tool with an object JSON schema listing its required fields', () => {
    expect(TOOL_SPECS.map((tool) => tool.name)).toEqual([
      'list_files',
      'read_file',
      'search_files',
      'write_file',
      'edit_file',
      'delete_file',
      'move_file',
      'finish',
    ])
    const edit = TOOL_SPECS.find((tool) => tool.name === 'edit_file')!
    expect(edit.inputSchema).toMatchObject({
      type: 'object',
      required: ['path', 'old', 'new'],
      additionalProperties: false,
    })
    expect(edit.inputSchema).not.toHaveProperty('$schema')
  })
})

describe('executeTool', () => {
  it('runs a valid call', async () => {
    const result = await executeTool(workspace, 'edit_file', {
      path: 'models/orders.sql',
      old: 'id',
      new: 'id, amount',
    })
    expect(result).toEqual({ content: 'Edited models/orders.sql.', isError: false })
    expect(await readFile(path.join(root, 'models/orders.sql'), 'utf8')).toBe(
      'select id, amount from raw.orders\n',
    )
  })

  it('answers invalid input with what was wrong instead of throwing', async () => {
    const missing = await executeTool(workspace, 'read_file', {})
    expect(missing.isError).toBe(true)
    expect(missing.content).toMatch(/Invalid input for read_file/)
    expect(missing.content).toMatch(/path/)

    const wrongType = await executeTool(workspace, 'read_file', {
      path: 'models/orders.sql',
      start_line: 'two',
    })
    expect(wrongType.isError).toBe(true)
    expect(wrongType.content).toMatch(/start_line/)

    const unknownKey = await executeTool(workspace, 'edit_file', { path: 'a.sql', old_text: 'a', new: 'b' })
    expect(unknownKey.isError).toBe(true)
    expect(unknownKey.content).toMatch(/old_text/)

    const notObject = await executeTool(workspace, 'list_files', 'models')
    expect(notObject.isError).toBe(true)
  })

  it('answers an unknown tool with the list of tools', async () => {
    const result = await executeTool(workspace, 'run_shell', { command: 'rm -rf /' })
    expect(result).toEqual({
      content: expect.stringMatching(/Unknown tool run_shell.*edit_file/),
      isError: true,
    })
  })

  it('turns a workspace refusal into a tool error', async () => {
    const result = await executeTool(workspace, 'write_file', { path: '../escape.sql', content: 'x' })
    expect(result.isError).toBe(true)
    expect(result.content).toMatch(/`\.\.` is not allowed/)
  })

  it('returns the parsed finish input', async () => {
    const result = await executeTool(workspace, 'finish', { summary: 'Added amount.' })
    expect(result.finish).toEqual({ summary: 'Added amount.' })
    expect(result.isError).toBe(false)
    const empty = await executeTool(workspace, 'finish', { summary: '' })
    expect(empty).toMatchObject({ isError: true, content: expect.stringMatching(/summary/) })
    expect(empty.finish).toBeUndefined()
  })

  it('refuses a finish whose summary carries a secret, naming the rule but not the value', async () => {
    const guarded = new Workspace(root, undefined, guardConfigWithSecrets(['plain-secret-value']))
    const result = await executeTool(guarded, 'finish', { summary: 'The key is plain-secret-value.' })
    expect(result.isError).toBe(true)
    expect(result.finish).toBeUndefined()
    expect(result.content).toMatch(/^\[secret-in-summary\]/)
    expect(result.content).not.toContain('plain-secret-value')
  })

  it('answers a write the guard refuses with the rule name first', async () => {
    const result = await executeTool(workspace, 'write_file', {
      path: 'models/x.sql',
      content: 'delete from raw.orders',
    })
    expect(result).toMatchObject({
      isError: true,
      content: expect.stringMatching(/^\[sql-ddl-dml\] models\/x\.sql:1: /),
    })
  })
})

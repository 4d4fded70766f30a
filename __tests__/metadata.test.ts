import { readFile } from 'node:fs/promises'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { INPUTS, OUTPUTS } from '../src/config/inputs.js'
import { defaultInputs, InputsSchema } from '../src/config/settings.js'

interface ActionYaml {
  runs: { using: string; main: string }
  branding: { icon: string; color: string }
  inputs: Record<string, { description: string; required: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

const action = parse(await readFile(new URL('../action.yml', import.meta.url), 'utf8')) as ActionYaml
const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding).toEqual({
      icon: expect.stringMatching(/^[a-z-]+$/),
      color: expect.stringMatching(/^[a-z]+$/),
    })
  })

  it('declares exactly the inputs the settings parser reads, with the same descriptions and defaults', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUTS.map((input) => input.name))
    expect(Object.keys(InputsSchema.shape)).toEqual(INPUTS.map((input) => input.name))
    for (const input of INPUTS) {
      expect(action.inputs[input.name]).toEqual({
        description: input.description,
        required: Boolean(input.required),
        ...(input.default !== undefined ? { default: input.default } : {}),
      })
    }
  })

  it('gives a usable default to every optional input that rejects an empty value (booleans, numbers)', () => {
    const base = { ...defaultInputs(), ticket: 'DATA-1' }
    for (const input of INPUTS.filter((i) => !i.required)) {
      if (InputsSchema.shape[input.name as keyof typeof InputsSchema.shape].safeParse('').success) continue
      expect([input.name, InputsSchema.safeParse({ ...base, [input.name]: input.default }).success]).toEqual([
        input.name,
        true,
      ])
    }
  })

  it('declares every output the run sets, with the same descriptions', () => {
    expect(Object.keys(action.outputs)).toEqual(OUTPUTS.map((output) => output.name))
    for (const output of OUTPUTS)
      expect(action.outputs[output.name]).toEqual({ description: output.description })
  })
})

describe('README', () => {
  it('documents every input and output in its tables', () => {
    for (const input of INPUTS) expect(readme).toContain(`| \`${input.name}\` |`)
    for (const output of OUTPUTS) expect(readme).toContain(`| \`${output.name}\` |`)
  })
})

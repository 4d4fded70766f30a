import { describe, expect, it } from '@jest/globals'
import {
  computedStrings,
  constantsOf,
  constantValue,
  renderConstants,
} from '../../src/guard/jinja-constants.js'

const none = new Map<string, string>()

describe('constant Jinja', () => {
  it.each([
    ["'a' ~ 'b'", 'ab'],
    ["'a' 'b' + \"c\"", 'abc'],
    ["('re' ~ 'ad')|upper", 'READ'],
    ["['co', 'py']|join", 'copy'],
    ["['x', 'y']|join('_')", 'x_y'],
    ["'\\n'", '\n'],
    ["'ypoc'|reverse|trim", 'copy'],
  ])('%s is %j', (expression, value) => {
    expect(constantValue(expression, none)).toBe(value)
  })

  it.each([["var('x')"], ["'a' ~ x"], ["'%s'|format('x')"], ["'a'.upper()"], ['x.y'], ["['a', 1]|join"]])(
    '%s is unknown',
    (expression) => {
      expect(constantValue(expression, none)).toBeUndefined()
    },
  )

  it('binds names set once to a constant, not names set twice or to anything else', () => {
    const constants = constantsOf(
      "{% set a = 'x' ~ 'y' %}{% set b = a ~ 'z' %}{% set c = var('c') %}{% set d = '1' %}{% set d = '2' %}{# {% set e = 'no' %} #}",
    )
    expect([...constants]).toEqual([
      ['a', 'xy'],
      ['b', 'xyz'],
    ])
  })

  it('finds the strings code computes, with where they are', () => {
    const code = "{% do adapter.dispatch('drop_' ~ 'relation', 'dbt')(x) %}"
    const [found] = computedStrings(code, none)
    expect(found?.value).toBe('drop_relation')
    expect(code.slice(found?.start, found?.end)).toBe("'drop_' ~ 'relation'")
  })

  it('renders constant output in place and maps indexes back to the template', () => {
    const template = "select {{ 'a' ~ 'b' }} as x,\n{{ var('y') }} as y, {{ '*/' }} z"
    const rendered = renderConstants(template)
    expect(rendered.text).toBe("select ab as x,\n{{ var('y') }} as y, */ z")
    const z = rendered.text.indexOf(' z')
    expect(template.slice(rendered.origin(z))).toBe(' z')
    expect(rendered.origin(rendered.text.indexOf('*/'))).toBe(template.indexOf("{{ '*/' }}"))
  })
})

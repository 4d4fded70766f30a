/**
 * A model's source SQL as plain SQL a parser reads, line for line: `{{ ref('orders') }}` becomes the
 * relation `__ref__orders`, `{{ source('shop', 'orders') }}` `__source__shop__orders`, `{{ this }}`
 * `__this__`, other expressions the identifier `__jinja__`; statements (`{% … %}`) and comments vanish,
 * so both branches of an `{% if %}` stay. Every replacement keeps the newlines it covered, so a line the
 * parser reports is the file's line, where a review comment belongs.
 */
export function parseableSql(source: string): string {
  return source.replace(/\{#[\s\S]*?#\}|\{%-?[\s\S]*?-?%\}|\{\{-?([\s\S]*?)-?\}\}/g, (whole, expression) =>
    typeof expression === 'string' ? keepLines(whole, relationOf(expression)) : keepLines(whole, ''),
  )
}

/** The relation a ref(), source() or this stands for; `__jinja__` for any other expression. */
function relationOf(expression: string): string {
  const text = expression.trim()
  if (text === 'this') return '__this__'
  const call = /^(ref|source)\s*\(([\s\S]*)\)$/.exec(text)
  if (!call) return /^config\s*\(/.test(text) ? '' : '__jinja__'
  const args = [...(call[2] ?? '').matchAll(/(?:^|,)\s*(['"])([^'"]*)\1/g)].map((match) => match[2] ?? '')
  if (call[1] === 'source') return `__source__${args.slice(0, 2).join('__')}`
  // ref('package', 'model') names the model last; version keywords are not positional.
  return `__ref__${args.at(-1) ?? ''}`
}

/** The model a `__ref__` relation name stands for, or undefined. */
export function refName(relation: string): string | undefined {
  return relation.startsWith('__ref__') ? relation.slice('__ref__'.length) : undefined
}

function keepLines(covered: string, replacement: string): string {
  const newlines = covered.split('\n').length - 1
  return replacement + '\n'.repeat(newlines)
}

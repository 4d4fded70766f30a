import { describe, expect, it } from '@jest/globals'
import { inputLabel, inTerminalWords, settingHint } from '../../src/config/input-wording.js'
import { defaultInputs, parseSettings } from '../../src/config/settings.js'
import { createTicketSource } from '../../src/run/compose.js'

/** The message an Action-worded error carries. */
function messageOf(body: () => unknown): string {
  try {
    body()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected an error')
}

describe('input wording', () => {
  it('names an input as a flag, with its environment variable when it has one', () => {
    expect(inputLabel('jira-url')).toBe('input `jira-url`')
    expect(inputLabel('jira-url', 'terminal')).toBe('`--jira-url` / `JIRA_URL`')
    expect(inputLabel('max-turns', 'terminal')).toBe('`--max-turns`')
    expect(settingHint('jira-url', 'https://x', 'terminal')).toBe(
      '`JIRA_URL=https://x` (or `--jira-url https://x`)',
    )
    expect(settingHint('jira-url', 'https://x')).toBe('`with: jira-url: https://x`')
  })

  it("rewords the Action's messages for a terminal: flags and variables, no `with:` and no workflow expressions", () => {
    const issue = messageOf(() =>
      createTicketSource({ ticket: { key: '#42', source: 'auto' }, jira: {} }, { repository: 'acme/shop' }),
    )
    expect(issue).toContain('with: github-token')
    const worded = inTerminalWords(issue)
    expect(worded).toContain('`--github-token` / `GITHUB_TOKEN`')
    expect(worded).not.toMatch(/with:|\$\{\{|input `/)

    const pair = messageOf(() => parseSettings({ ...defaultInputs(), 'state-artifact': 'manifest' }))
    expect(inTerminalWords(pair)).toMatch(/^`--state-artifact` and `--state-workflow` go together/)

    expect(
      inTerminalWords(
        'No Anthropic API key: set input `anthropic-api-key` (e.g. `${{ secrets.ANTHROPIC_API_KEY }}`).',
      ),
    ).toBe('No Anthropic API key: set `--anthropic-api-key` / `ANTHROPIC_API_KEY`.')
    // Words that only look like inputs are left alone.
    expect(inTerminalWords('input `not-an-input` and `lint: off`')).toBe(
      'input `not-an-input` and `lint: off`',
    )
  })
})

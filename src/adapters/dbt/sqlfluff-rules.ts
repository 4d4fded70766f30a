import path from 'node:path'
import { z } from 'zod'
import { LintRulesSchema, type LintRules, type LintRulesSource } from '../../conventions/conventions.js'
import type { CommandRunner } from '../process/command-runner.js'
import { SandboxedPython, stderrTail, type SandboxedPythonOptions } from './sandboxed-python.js'
import { findSqlfluffConfig } from './sqlfluff-project.js'

/**
 * Asks sqlfluff itself (its Python API, beside the executable) for the project's effective configuration:
 * every config file merged as sqlfluff merges them, the rules that run after `rules`/`exclude_rules`, and
 * the settings that differ from its defaults. Paths inside the project are shown relative to it.
 */
const EFFECTIVE_RULES_SCRIPT = String.raw`
import json, os
try:
    from sqlfluff.core import FluffConfig, Linter
    here = os.getcwd()
    config = FluffConfig.from_path(here, require_dialect=False)
    dialect = config.get('dialect')
    defaults = FluffConfig(overrides={'dialect': dialect or 'ansi'}, require_dialect=False, ignore_local_config=True)
    settings = {}
    def walk(prefix, value):
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(prefix + [str(key)], inner)
        elif prefix and prefix[-1] not in ('rule_allowlist', 'rule_denylist'):
            text = ', '.join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
            settings['.'.join(prefix)] = text.replace(here + os.sep, '').replace(here, '.')
    walk([], config.diff_to(defaults))
    rules = []
    if dialect:
        for rule in Linter(config=config).get_rulepack().rules:
            rules.append({'code': rule.code, 'name': rule.name, 'description': rule.description})
    print(json.dumps({'dialect': dialect, 'templater': config.get('templater'), 'rules': rules, 'settings': settings}))
except Exception as error:
    print(json.dumps({'error': type(error).__name__ + ': ' + str(error)}))
`

export interface SqlfluffRulesOptions extends SandboxedPythonOptions {
  projectDir: string
  repoDir: string
}

const AnswerSchema = z.union([z.object({ error: z.string() }), LintRulesSchema])

/** `LintRulesSource` on sqlfluff's Python API, in the sandbox (`SandboxedPython`: the config is the repository's). */
export class SqlfluffRules implements LintRulesSource {
  private readonly python: SandboxedPython

  constructor(
    private readonly options: SqlfluffRulesOptions,
    runner: CommandRunner,
  ) {
    this.python = new SandboxedPython(options, runner)
  }

  async rules(): Promise<{ rules: LintRules; config: string } | { notRead: string } | undefined> {
    const { projectDir, repoDir, python } = this.options
    const configFile = await findSqlfluffConfig(projectDir, repoDir)
    if (!configFile) return undefined
    const config = path.relative(repoDir, configFile).split(path.sep).join('/')
    const result = await this.python.run(EFFECTIVE_RULES_SCRIPT, AnswerSchema, { cwd: projectDir })
    if (!('failed' in result)) {
      const { answer } = result
      if ('error' in answer)
        return { notRead: `sqlfluff could not resolve the rules of ${config}: ${answer.error}` }
      return { rules: answer, config }
    }
    switch (result.failed) {
      case 'timeout':
        return { notRead: `sqlfluff did not answer within ${Math.round(result.timeoutMs / 1000)} s` }
      case 'shape':
        return { notRead: 'sqlfluff answered in an unexpected shape' }
      default: {
        const tail = stderrTail(result.stderr, 2)
        return {
          notRead: `\`${python}\` printed no configuration (exit ${result.exitCode}${tail ? `: ${tail}` : ''})`,
        }
      }
    }
  }
}

import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { hardenedGitArgs } from './git-hardening.js'
import type { CommandRunner } from '../process/command-runner.js'
import { authConfigEnv } from './git.js'
import { PolicyError } from '../../policy/parse-policy.js'
import { describePolicyRef, type PolicyRef, type PolicySource } from '../../policy/policy-source.js'

export interface GitPolicySourceOptions {
  /** `GITHUB_SERVER_URL` (https://github.com or the GHES host); tests use a `file://` folder of bare repos. */
  serverUrl: string
  /** Sent only to `serverUrl`, in the environment of each git command, never in the URL or a config file. */
  token?: string
  timeoutMs?: number
}

/**
 * Fetches one commit shallowly into a throwaway repository and prints the file from it: works for any ref
 * (branch, tag, sha) and for private repositories the token can read, without the REST API.
 */
export class GitPolicySource implements PolicySource {
  constructor(
    private readonly runner: CommandRunner,
    private readonly options: GitPolicySourceOptions,
  ) {}

  async read(ref: PolicyRef): Promise<string> {
    const server = this.options.serverUrl.replace(/\/+$/, '')
    const url = `${server}/${ref.owner}/${ref.repo}.git`
    const env = {
      GIT_TERMINAL_PROMPT: '0',
      LC_ALL: 'C',
      ...authConfigEnv(this.options.token, server, process.env),
    }
    const dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-policy-'))
    const git = async (args: string[]): Promise<string> => {
      const result = await this.runner.run('git', hardenedGitArgs(args), {
        cwd: dir,
        env,
        timeoutMs: this.options.timeoutMs ?? 60_000,
      })
      if (result.exitCode === 0) return result.stdout
      const why =
        result.exitCode === 127 ? 'git is not installed or not on PATH' : this.redact(result.stderr.trim())
      throw new PolicyError(
        `Could not read the base policy ${describePolicyRef(ref)} (git ${args[0]} failed${result.timedOut ? ', timed out' : ''}): ${why}. ` +
          'Check that the repository, path and ref exist and that the token can read that repository.',
      )
    }
    try {
      await git(['init', '--quiet'])
      await git(['fetch', '--quiet', '--depth', '1', '--no-tags', url, ref.ref])
      return await git(['show', `FETCH_HEAD:${ref.path}`])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  private redact(text: string): string {
    const token = this.options.token
    if (!token) return text
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
    return text.split(token).join('***').split(basic).join('***')
  }
}

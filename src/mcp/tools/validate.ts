import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import { resolvePath, type McpContext } from '../mcp-context.js'
import { guarded, jsonResult } from '../tool-result.js'
import { validateWorkingTree } from '../validate-working-tree.js'

export function registerValidate(server: McpServer, context: McpContext): void {
  server.registerTool(
    'validate',
    {
      title: 'Validate the working tree',
      description:
        "Validates the working tree's change to a dbt project as an Autopilot run validates the agent's: the project at base_ref is parsed as the base, then one slim `dbt build` of what changed (with its parents), sqlfluff on the changed SQL (only new violations count) and the SQL verdict, all in the bubblewrap sandbox, in a scratch copy: the checkout is not written to. Takes as long as dbt does.",
      inputSchema: {
        project_dir: z.string().default('.').describe('The dbt project folder (holding dbt_project.yml)'),
        base_ref: z.string().min(1).default('HEAD').describe('The commit the change is compared with'),
        dbt_target: z
          .string()
          .optional()
          .describe('The dbt target to build into; default: the profile default'),
        profiles_dir: z
          .string()
          .optional()
          .describe('The folder holding profiles.yml; default: as dbt finds it'),
      },
    },
    (input) =>
      guarded(async () =>
        jsonResult(
          await validateWorkingTree({
            projectDir: resolvePath(context, input.project_dir),
            baseRef: input.base_ref,
            ...(input.dbt_target ? { dbtTarget: input.dbt_target } : {}),
            ...(input.profiles_dir ? { profilesDir: resolvePath(context, input.profiles_dir) } : {}),
            dbtExecutable: context.dbt.executable,
            sqlfluffExecutable: context.dbt.sqlfluffExecutable,
            sandbox: context.dbt.sandbox,
            env: context.env,
            log: context.log,
          }),
        ),
      ),
  )
}

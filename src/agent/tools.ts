import { z } from 'zod'
import { formatViolations, guardSummary } from '../guard/guard.js'
import { DBT_TOOL_SPECS, isDbtTool, runDbtTool, type ProjectKnowledge } from './dbt-tools.js'
import { isRunTool, RUN_TOOL_SPECS, type RunToolOutcome, type RunTools } from './dbt-run-tools.js'
import type { ToolSpec } from './language-model.js'
import { WorkspaceError, type Workspace } from './workspace.js'

const projectPath = z.string().min(1, 'must be a project-relative path such as models/marts/customers.sql')

const ListFilesInput = z.strictObject({
  directory: z
    .string()
    .optional()
    .describe('Folder relative to the project root; default the whole project.'),
  pattern: z.string().optional().describe('Glob such as `*.sql` or `models/staging/**/*.yml`.'),
})
const ReadFileInput = z.strictObject({
  path: projectPath.describe('File path relative to the project root.'),
  start_line: z.number().int().min(1).optional().describe('First line to show (1-based).'),
  max_lines: z.number().int().min(1).max(2000).optional().describe('How many lines to show.'),
})
const SearchFilesInput = z.strictObject({
  query: z.string().min(1, 'must not be empty').describe('Text (or regular expression) to find.'),
  is_regex: z.boolean().optional().describe('Treat `query` as a JavaScript regular expression.'),
  path_pattern: z.string().optional().describe('Only search files matching this glob, e.g. `*.yml`.'),
})
const WriteFileInput = z.strictObject({
  path: projectPath.describe('File path relative to the project root; parent folders are created.'),
  content: z.string().describe('The whole new content of the file.'),
})
const EditFileInput = z.strictObject({
  path: projectPath.describe('File path relative to the project root.'),
  old: z
    .string()
    .min(1, 'must be the exact text to replace')
    .describe('Exact text to replace; must occur exactly once.'),
  new: z.string().describe('Replacement text.'),
})
const DeleteFileInput = z.strictObject({
  path: projectPath.describe('File path relative to the project root.'),
})
const MoveFileInput = z.strictObject({
  from: projectPath.describe('The file to move or rename, relative to the project root.'),
  to: projectPath.describe('Its new path relative to the project root; must not exist yet.'),
})
export const FinishInputSchema = z.strictObject({
  summary: z
    .string()
    .min(1, 'must say what you changed and why')
    .describe('What you changed and why, for the pull request.'),
  question: z
    .string()
    .optional()
    .describe(
      'Only when the ticket cannot be done without an answer from the reporter: the question to ask them.',
    ),
  criteria: z
    .array(
      z.strictObject({
        number: z.int().min(1).describe("The criterion's number in the task spec."),
        state: z
          .enum(['tested', 'inspected', 'not-verified'])
          .describe(
            'tested: a dbt data or unit test checks it (name it); inspected: you checked it by reading; not-verified: neither.',
          ),
        test: z.string().optional().describe('When tested: the name of the dbt test that checks it.'),
        note: z.string().optional().describe('How you checked it, or why it is not verified; one sentence.'),
      }),
    )
    .max(50)
    .optional()
    .describe('One entry per numbered acceptance criterion of the task spec: how the change meets it.'),
  assumptions: z
    .array(z.string())
    .max(20)
    .optional()
    .describe('What you assumed where the ticket was silent or ambiguous, for the reviewer to confirm.'),
})
export type FinishInput = z.infer<typeof FinishInputSchema>

const TOOLS = {
  list_files: {
    schema: ListFilesInput,
    description:
      'List project files (recursive, sorted). Build output, packages, version control and profiles are not shown.',
  },
  read_file: {
    schema: ReadFileInput,
    description:
      'Read a text file with line numbers. Long files come in pages; the footer says how to read on.',
  },
  search_files: {
    schema: SearchFilesInput,
    description: 'Search file contents; answers `path:line: text` per match.',
  },
  write_file: {
    schema: WriteFileInput,
    description:
      'Create a file or replace its whole content. Prefer edit_file for changes to existing files.',
  },
  edit_file: {
    schema: EditFileInput,
    description:
      'Replace one exact piece of text in a file. `old` must match exactly once, whitespace included; include surrounding lines to make it unique.',
  },
  delete_file: {
    schema: DeleteFileInput,
    description:
      'Delete a file (a model, test or YAML the change removes). Remove references to it in other files too.',
  },
  move_file: {
    schema: MoveFileInput,
    description:
      'Rename or move a file, content unchanged (edit it afterwards if needed). Update refs to a renamed model yourself.',
  },
  finish: {
    schema: FinishInputSchema,
    description:
      'Call once the change is complete (or when you must ask the reporter a question). Validation (dbt build, tests, lint) runs after this; failures come back to you.',
  },
} as const

export type ToolName = keyof typeof TOOLS

export const TOOL_SPECS: ToolSpec[] = Object.entries(TOOLS).map(([name, tool]) => {
  const schema: Record<string, unknown> = { ...z.toJSONSchema(tool.schema) }
  delete schema['$schema']
  return { name, description: tool.description, inputSchema: { ...schema, type: 'object' } }
})

/**
 * The file tools, plus the manifest tools when the session has the project's graph, plus compile, preview
 * and build_selected when it may run dbt.
 */
export function toolSpecsFor(knowledge?: ProjectKnowledge, runTools?: RunTools): ToolSpec[] {
  return [...TOOL_SPECS, ...(knowledge ? DBT_TOOL_SPECS : []), ...(runTools ? RUN_TOOL_SPECS : [])]
}

export interface ToolOutcome {
  content: string
  isError: boolean
  /** Set when `finish` was called with valid input. */
  finish?: FinishInput
  /** For the tools that run dbt: how the call ended and what came back, in one line. */
  outcome?: RunToolOutcome
  summary?: string
  /** The run ends once this call is recorded. */
  stop?: Error
}

/**
 * Runs one tool call. Every failure becomes a tool error the model can act on; nothing throws. The dbt
 * manifest tools answer only when `knowledge` (the base manifest's graph) is given, the tools that run dbt
 * only with `runTools`.
 */
export async function executeTool(
  workspace: Workspace,
  name: string,
  input: unknown,
  knowledge?: ProjectKnowledge,
  runTools?: RunTools,
): Promise<ToolOutcome> {
  if (knowledge && isDbtTool(name)) return runDbtTool(knowledge, name, input)
  if (runTools && isRunTool(name)) {
    const { content, isError, outcome, summary, stop } = await runTools.run(name, input)
    return { content, isError, outcome, summary, ...(stop ? { stop } : {}) }
  }
  if (!Object.hasOwn(TOOLS, name)) {
    const names = toolSpecsFor(knowledge, runTools).map((tool) => tool.name)
    return { content: `Unknown tool ${name}. Use one of: ${names.join(', ')}.`, isError: true }
  }
  const parsed = TOOLS[name as ToolName].schema.safeParse(input)
  if (!parsed.success) {
    return { content: `Invalid input for ${name}:\n${z.prettifyError(parsed.error)}`, isError: true }
  }
  try {
    return await run(workspace, name as ToolName, parsed.data)
  } catch (error) {
    if (error instanceof WorkspaceError) return { content: error.message, isError: true }
    const code = (error as NodeJS.ErrnoException).code
    return {
      content: `${name} failed${code ? ` (${code})` : ''}: ${(error as Error).message}`,
      isError: true,
    }
  }
}

async function run(workspace: Workspace, name: ToolName, input: unknown): Promise<ToolOutcome> {
  switch (name) {
    case 'list_files': {
      const { directory, pattern } = ListFilesInput.parse(input)
      const { files, truncated } = await workspace.list(directory, pattern)
      const more = truncated
        ? `\n(list cut at ${files.length} files; narrow it with directory or pattern)`
        : ''
      return { content: files.length > 0 ? files.join('\n') + more : 'No files match.', isError: false }
    }
    case 'read_file': {
      const { path, start_line, max_lines } = ReadFileInput.parse(input)
      return {
        content: await workspace.read(path, { startLine: start_line, maxLines: max_lines }),
        isError: false,
      }
    }
    case 'search_files': {
      const { query, is_regex, path_pattern } = SearchFilesInput.parse(input)
      return {
        content: await workspace.search(query, { isRegex: is_regex, pathPattern: path_pattern }),
        isError: false,
      }
    }
    case 'write_file': {
      const { path, content } = WriteFileInput.parse(input)
      await workspace.write(path, content)
      return { content: `Wrote ${path} (${content.split('\n').length} lines).`, isError: false }
    }
    case 'edit_file': {
      const edit = EditFileInput.parse(input)
      await workspace.edit(edit.path, edit.old, edit.new)
      return { content: `Edited ${edit.path}.`, isError: false }
    }
    case 'delete_file': {
      const { path } = DeleteFileInput.parse(input)
      await workspace.delete(path)
      return { content: `Deleted ${path}.`, isError: false }
    }
    case 'move_file': {
      const { from, to } = MoveFileInput.parse(input)
      await workspace.move(from, to)
      return { content: `Moved ${from} to ${to}.`, isError: false }
    }
    case 'finish': {
      const finish = FinishInputSchema.parse(input)
      // The summary becomes the commit message, the PR body and log lines: no token may ride along.
      const said = [
        finish.summary,
        finish.question ?? '',
        ...(finish.criteria ?? []).map((c) => `${c.test ?? ''} ${c.note ?? ''}`),
        ...(finish.assumptions ?? []),
      ]
      const leaks = guardSummary(said.join('\n'), workspace.guard)
      if (leaks.length > 0) {
        return {
          content: `${formatViolations(leaks)}\nCall finish again with a summary that leaves the value out.`,
          isError: true,
        }
      }
      return {
        content: 'Noted. Validation runs next; any failures will be sent back to you.',
        isError: false,
        finish,
      }
    }
  }
}

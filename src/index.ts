import { run } from './main.js'
import { runCli } from './cli.js'

// One bundle, two entry points: the runner starts it with no arguments; people run `autopilot <command>`.
const args = process.argv.slice(2)
if (args.length > 0) process.exitCode = await runCli(args)
else await run()

// One bundle, two entry points: the runner starts it with no arguments; people run `autopilot <command>`.
// Each is imported only when chosen, so the bundler splits them and neither loads the other's code.
const args = process.argv.slice(2)
if (args.length > 0) {
  const { runCli } = await import('./cli/run-cli.js')
  process.exitCode = await runCli(args)
} else {
  const { run } = await import('./action/run-action.js')
  await run()
}

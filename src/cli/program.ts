import { Command, CommanderError } from 'commander'
import { VERSION } from '../core/version.js'
import { registerAnalyze } from './commands/analyze.js'
import { registerTimes } from './commands/times.js'
import { registerQuotes } from './commands/quotes.js'
import { registerNer } from './commands/ner.js'
import { registerIngest } from './commands/ingest.js'
import { registerSearch } from './commands/search.js'
import { registerStories } from './commands/stories.js'
import { registerEntity } from './commands/entity.js'
import { registerStats } from './commands/stats.js'
import { registerExport } from './commands/export.js'
import { registerServe } from './commands/serve.js'
import { describeError } from './output.js'

/** The `marsad` program with every command registered. */
export function createProgram(): Command {
  const program = new Command()
  program
    .name('marsad')
    .description('Marsad (مرصد) — an Arabic-first news observatory: entities, quotes, sources, times, quantities and wire-copy structure, each pointing at its span of the text.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
  for (const register of [registerAnalyze, registerTimes, registerQuotes, registerNer, registerIngest, registerSearch, registerStories, registerEntity, registerStats, registerExport, registerServe]) {
    register(program)
  }
  return program
}

/** Runs the program on `argv`; errors become one `marsad: CODE: message` line and exit code 1, never a stack trace. */
export async function runProgram(program: Command, argv: readonly string[]): Promise<void> {
  try {
    await program.parseAsync([...argv])
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode
    } else {
      process.stderr.write(`marsad: ${describeError(error)}\n`)
      process.exitCode = 1
    }
  }
}

#!/usr/bin/env node
import { createProgram, runProgram } from './program.js'

// `marsad analyze --jsonl big.jsonl | head`: the reader left; stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

await runProgram(createProgram(), process.argv)

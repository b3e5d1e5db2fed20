import type { Command } from 'commander'
import { checkPublishedFlag } from '../article-source.js'
import { resolveTimeExpression } from '../../extract/times/index.js'

/** Registers `marsad times EXPR --published DATE`: finds and resolves the time expressions in a phrase. */
export function registerTimes(program: Command): void {
  program
    .command('times')
    .description('Find the time expressions in a phrase and resolve them against a publication date (TimeML values)')
    .argument('<expression>', "Arabic text, e.g. 'الشهر الماضي' or 'يوم الاثنين'")
    .option('--published <date>', 'the reference date, YYYY-MM-DD; without it relative expressions resolve to null')
    .option('--json', 'print [{"text","span","value"}] as JSON')
    .addHelpText('after', `
Examples:
  marsad times 'الشهر الماضي' --published 2025-10-28      → 2025-09
  marsad times 'يوم الاثنين' --published 2025-10-28       → 2025-10-27
  marsad times 'لمدة ثلاثة أشهر'                          → P3M`)
    .action((expression: string, flags: { published?: string; json?: boolean }) => {
      checkPublishedFlag(flags.published)
      const found = resolveTimeExpression(expression, flags.published ?? null).map((t) => ({ text: expression.slice(t.span[0], t.span[1]), span: t.span, value: t.value }))
      if (flags.json) {
        process.stdout.write(JSON.stringify(found) + '\n')
        return
      }
      if (!found.length) process.stdout.write('no time expression found\n')
      for (const t of found) process.stdout.write(`${t.text}\t${t.value ?? 'unresolved (needs --published)'}\n`)
    })
}

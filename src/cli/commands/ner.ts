import { existsSync, readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { MarsadError } from '../../core/errors.js'
import { DOCUMENT_WINDOW, formatConllScore, loadNerModel, NerTagger, parseConll, scoreConll, TAGS } from '../../tag/ner/index.js'
import { writeChunk } from '../output.js'

interface NerFlags {
  conll?: string
  model?: string
  score?: boolean
}

/** Registers `marsad ner`: tags CoNLL tokens with the NER model and prints `token GOLD PRED` lines. */
export function registerNer(program: Command): void {
  program
    .command('ner')
    .description('Tag CoNLL tokens with the NER model (ANERcorp tags: B-PERS, I-LOC, B-ORG, B-MISC, O …)')
    .requiredOption('--conll <file>', 'CoNLL input: `token TAG` or `token` per line, a blank line between sentences; - reads stdin')
    .option('--model <path>', 'model file (default: the shipped models/ner.bin)')
    .option('--score', 'also print entity-level precision, recall and F1 (conlleval counting) to stderr')
    .addHelpText('after', `
Output: one line per token, \`token GOLD PRED\` (\`token PRED\` when the input has no tags), a blank line between sentences.

Examples:
  marsad ner --conll ANERCorp_CamelSplit_test.txt > tagged.txt
  marsad ner --conll test.txt --score > /dev/null`)
    .action(async (flags: NerFlags) => {
      const path = flags.conll!
      if (path !== '-' && !existsSync(path)) throw new MarsadError('ERR_FILE_NOT_FOUND', `No such file: ${path}`)
      const text = readFileSync(path === '-' ? 0 : path, 'utf8')
      const sentences = parseConll(text)
      const tagger = new NerTagger(loadNerModel(flags.model))
      const tags = tagger.tagConll(sentences.map((s) => s.tokens), DOCUMENT_WINDOW)
      const scored: { gold: string[]; pred: string[] }[] = []
      for (let i = 0; i < sentences.length; i++) {
        const s = sentences[i]!
        const pred = Array.from(tags[i]!, (t) => TAGS[t]!)
        if (s.tags) scored.push({ gold: s.tags, pred })
        const lines = s.tokens.map((tok, k) => (s.tags ? `${tok} ${s.tags[k]} ${pred[k]}` : `${tok} ${pred[k]}`))
        await writeChunk(process.stdout, lines.join('\n') + '\n\n')
      }
      if (flags.score) {
        if (scored.length === 0) process.stderr.write('marsad ner: the input has no gold tags to score against\n')
        else process.stderr.write(formatConllScore(scoreConll(scored)) + '\n')
      }
    })
}

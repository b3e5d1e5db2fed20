/**
 * `npm run eval`: runs the CLI (`marsad analyze --jsonl`) over the dev gold set and the seed example,
 * then prints shared/tools/score.mjs figures beside the issue targets.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, sharedDir } from './shared-path.js'

const shared = sharedDir()
const work = mkdtempSync(join(tmpdir(), 'marsad-eval-'))

interface Gold { id: string; text: string; published?: string | null; title?: string | null; url?: string | null; outlet?: string | null }

/** Targets on unseen articles, from the issues; shown beside the dev figures. */
const TARGETS: Record<string, number> = {
  'dateline': 0.9, 'credits.names': 0.8, 'boilerplate.chars': 0.8,
  'quotes.direct': 0.9, 'quotes.all': 0.75, 'quotes.speaker': 0.85, 'sources': 0.7,
  'times.found': 0.85, 'times.value': 0.8, 'quantities.found': 0.8, 'quantities.value': 0.85,
  'entities.typed': 0.8, 'entities.grouping': 0.95, 'entities.latin': 0.6,
}

function runSet(name: string, golds: Gold[], goldPath: string): void {
  const input = join(work, `${name}.in.jsonl`)
  const pred = join(work, `${name}.pred.jsonl`)
  writeFileSync(input, golds.map((g) => JSON.stringify({ id: g.id, text: g.text, published: g.published, title: g.title, url: g.url, outlet: g.outlet })).join('\n') + '\n')
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'analyze', '--jsonl', input], { cwd: ROOT, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
  writeFileSync(pred, out)
  const scorer = join(shared, 'tools', 'score.mjs')
  const result = JSON.parse(execFileSync(process.execPath, [scorer, goldPath, pred, '--json'], { encoding: 'utf8' })) as Record<string, unknown>
  console.log(`\n== ${name}: ${golds.length} articles (predictions: ${pred})`)
  for (const [key, v] of Object.entries(result)) {
    if (typeof v !== 'object' || v === null) continue
    const m = v as { p?: number; r?: number; f1?: number; accuracy?: number; n?: number; tp?: number; fp?: number; fn?: number }
    const figure = m.f1 ?? m.accuracy ?? 0
    const target = TARGETS[key]
    const mark = target === undefined ? ' ' : figure >= target ? '✓' : '✗'
    const detail = m.f1 !== undefined ? `P ${m.p!.toFixed(3)} R ${m.r!.toFixed(3)} F1 ${m.f1.toFixed(3)} (tp ${m.tp} fp ${m.fp} fn ${m.fn})` : `accuracy ${m.accuracy!.toFixed(3)} (n ${m.n})`
    console.log(`${mark} ${key.padEnd(19)} ${detail}${target === undefined ? '' : `   target ${target}`}`)
  }
}

const devDir = join(shared, 'gold', 'dev')
const dev = readdirSync(devDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(devDir, f), 'utf8')) as Gold)
runSet('dev', dev, devDir)
const seedPath = join(shared, 'examples', 'seed-article.gold.json')
runSet('seed', [JSON.parse(readFileSync(seedPath, 'utf8')) as Gold], seedPath)
console.log('\nTargets are for unseen articles; dev figures show what breaks, not what to fit.')

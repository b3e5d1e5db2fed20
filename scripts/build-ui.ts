/**
 * Builds the web UI for the browser: `src/serve/ui/client/main.ts` and `src/serve/ui/styles.css`
 * bundled by esbuild into `<out>/assets/app.js` and `app.css` (the Noto Naskh Arabic woff2 files
 * they import copied beside them, hashed, with the font's licence as `fonts/OFL.txt`), and the
 * page shell `index.html` copied to `<out>`.
 *
 *   tsx scripts/build-ui.ts [OUT]     (default dist/serve/ui; `npm run build` runs it)
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { ROOT } from './shared-path.js'

const UI_SRC = join(ROOT, 'src', 'serve', 'ui')

/** Builds the UI into `outDir` (emptied first) and returns the folder; throws on any build error. */
export async function buildUi(outDir: string = join(ROOT, 'dist', 'serve', 'ui')): Promise<string> {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(join(outDir, 'assets'), { recursive: true })
  await build({
    entryPoints: [
      { in: join(UI_SRC, 'client', 'main.ts'), out: 'app' },
      { in: join(UI_SRC, 'styles.css'), out: 'app' },
    ],
    outdir: join(outDir, 'assets'),
    bundle: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    // Only the woff2 files are used (every browser that runs the app reads woff2); the woff fallbacks are left out.
    loader: { '.woff2': 'file', '.woff': 'empty' },
    assetNames: 'fonts/[name]-[hash]',
    logLevel: 'warning',
  })
  copyFileSync(join(UI_SRC, 'index.html'), join(outDir, 'index.html'))
  // The SIL Open Font License travels with the font files it covers.
  copyFileSync(join(ROOT, 'node_modules', '@fontsource', 'noto-naskh-arabic', 'LICENSE'), join(outDir, 'assets', 'fonts', 'OFL.txt'))
  return outDir
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildUi(process.argv[2] ? resolve(process.argv[2]) : undefined)
  console.log(`web UI built into ${out}`)
}

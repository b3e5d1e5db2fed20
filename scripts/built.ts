import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from './shared-path.js'

/**
 * Imports a module of the compiled package (`dist/`), typed as its source: benchmarks measure
 * the JavaScript users run (`marsad`, `import 'marsad'`), not the TypeScript as tsx compiles it
 * on the fly, which runs the NER hot loops about a third slower. The bench npm scripts build first.
 *
 *   const { analyze } = await importBuilt<typeof import('../src/pipeline/analyze.js')>('pipeline/analyze.js')
 */
export async function importBuilt<T>(path: string): Promise<T> {
  const file = join(ROOT, 'dist', path)
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`)
  return (await import(pathToFileURL(file).href)) as T
}

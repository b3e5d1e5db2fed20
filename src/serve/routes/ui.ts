import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'

/**
 * The policy every UI page is sent with: scripts, styles, fonts and data from this server only;
 * no inline script, no plugins, no framing, no other base URL.
 */
export const UI_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** The client-side routes: each gives the page shell, which reads the URL and draws the page. */
export const UI_PATHS = ['/', '/search', '/articles/:id', '/entities', '/entities/:id', '/stories', '/stories/:id'] as const

/** True when `dir` holds a built UI (`index.html` and `assets/app.js`). */
function isBuiltUi(dir: string): boolean {
  return existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'assets', 'app.js'))
}

/**
 * Where the built UI is: `ui/` beside the compiled server (`dist/serve/ui`, also in an installed
 * package), else — when the server runs from `src/` under tsx — the checkout's `dist/serve/ui`.
 * Null when neither holds a build (run `npm run build`).
 */
export function defaultUiDir(moduleUrl: string = import.meta.url): string | null {
  const here = dirname(fileURLToPath(moduleUrl))
  for (const dir of [resolve(here, '..', 'ui'), resolve(here, '..', '..', '..', 'dist', 'serve', 'ui')]) if (isBuiltUi(dir)) return dir
  return null
}

function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', UI_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
}

/** Serves the web UI from `dir`: the page shell at every UI path, and `/assets/*` (script, styles, fonts). */
export async function uiRoutes(app: FastifyInstance, dir: string): Promise<void> {
  if (!isBuiltUi(dir)) throw new TypeError(`${dir} holds no built web UI (index.html and assets/app.js); run npm run build`)
  const shell = readFileSync(join(dir, 'index.html'))
  await app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/assets/',
    index: false,
    wildcard: true,
    maxAge: '1h',
    setHeaders: (res) => {
      res.setHeader('x-content-type-options', 'nosniff')
      res.setHeader('content-security-policy', UI_CSP)
    },
  })
  for (const path of UI_PATHS) {
    app.get(path, async (_request, reply) => securityHeaders(reply).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(shell))
  }
}

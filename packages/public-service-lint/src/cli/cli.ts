#!/usr/bin/env node
/**
 * `public-service-lint`'s entry point. A pre-commit hook or an editor task runs the
 * command on a few files many times a day, and nearly all of such a run is spent loading
 * modules; on Node 22.1 and later, Node's compile cache keeps their compiled code on disk
 * between runs (in the system's temporary folder; `NODE_DISABLE_COMPILE_CACHE=1` turns it
 * off). Static imports would all be compiled before this line ran, hence the dynamic one.
 */
import module from 'node:module'

// Typed by hand: the @types/node the project builds with predates Node 22.
;(module as {enableCompileCache?: () => unknown}).enableCompileCache?.()
await import('./command.js')

/**
 * Pieces of the engine that the CLI, language server and browser page share, beyond the
 * plugin itself (`retext-public-service/engine`).
 */
export {createPrescan, type Prescan} from './matching/prescan.js'
export {resolveTermMap, builtInTermMap} from './term-map/resolve.js'
export {TermMapError} from './term-map/validate.js'
export type {CompiledTermMap, CompiledFamily} from './term-map/compile.js'
export {default as remarkFrontmatterProse, type FrontmatterProseOptions} from './markdown/frontmatter.js'
export {default as remarkTableProse} from './markdown/tables.js'

/**
 * Pieces of the engine that the CLI, language server and browser page share, beyond the
 * plugin itself (`retext-public-service/engine`).
 */
export {createPrescan, type Prescan} from './prescan.js'
export {resolveTermMap, builtInTermMap} from './term-map.js'
export {TermMapError} from './validate.js'
export type {CompiledTermMap, CompiledFamily} from './compile.js'
export {default as remarkFrontmatterProse, type FrontmatterProseOptions} from './frontmatter.js'
export {default as remarkTableProse} from './tables.js'

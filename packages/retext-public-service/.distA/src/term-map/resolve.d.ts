import { type CompiledTermMap } from './compile.js';
import type { Options, TermMap } from './types.js';
export declare const builtInTermMap: TermMap;
export declare function resolveTermMap(options: Options | null | undefined): CompiledTermMap;

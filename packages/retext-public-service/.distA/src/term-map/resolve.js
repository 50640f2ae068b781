/**
 * The built-in term map (generated from `rules/`) merged with a user's options, checked
 * and compiled. Compiling the built-ins is done once per module, not per processor.
 */
import builtIn from '../../generated/term-map.json' with { type: 'json' };
import { compileTermMap } from './compile.js';
import { assertConditions, assertCueSet, assertFamilyShape, assertReferences, TermMapError } from './validate.js';
export const builtInTermMap = builtIn;
let defaultCompiled;
export function resolveTermMap(options) {
    const disable = options?.disable ?? [];
    const extra = options?.families ?? [];
    const extraCues = options?.cues ?? {};
    const extraConditions = options?.conditions ?? {};
    if (disable.length === 0 && extra.length === 0 && Object.keys(extraCues).length === 0 && Object.keys(extraConditions).length === 0) {
        defaultCompiled ??= compile(builtInTermMap.families, builtInTermMap.cues, builtInTermMap.conditions);
        return defaultCompiled;
    }
    if (!Array.isArray(disable) || disable.some((id) => typeof id !== 'string')) {
        throw new TermMapError('`disable` must be a list of family ids');
    }
    if (!Array.isArray(extra))
        throw new TermMapError('`families` must be a list of family definitions');
    if (typeof extraCues !== 'object' || Array.isArray(extraCues)) {
        throw new TermMapError('`cues` must map a cue-set name to a list of words');
    }
    for (const [name, list] of Object.entries(extraCues)) {
        if (!Array.isArray(list) || list.some((cue) => typeof cue !== 'string' || cue.trim() === '')) {
            throw new TermMapError('cue set `' + name + '` in `cues` must be a list of words');
        }
        assertCueSet(name, list, '`cues`');
    }
    if (typeof extraConditions !== 'object' || Array.isArray(extraConditions)) {
        throw new TermMapError('`conditions` must map a condition name to a test');
    }
    const known = new Set([...builtInTermMap.families.map((family) => family.id), ...extra.map((family) => family?.id)]);
    for (const id of disable) {
        if (!known.has(id)) {
            throw new TermMapError('`disable` names unknown family `' + id + '` (known: ' + [...known].join(', ') + ')');
        }
    }
    const cues = { ...builtInTermMap.cues, ...extraCues };
    const conditions = { ...builtInTermMap.conditions, ...extraConditions };
    const byId = new Map(builtInTermMap.families.map((family) => [family.id, family]));
    extra.forEach((family, index) => {
        assertFamilyShape(family, '`families[' + index + ']`');
        byId.set(family.id, family);
    });
    const families = [...byId.values()];
    const refs = {
        cueSets: new Set(Object.keys(cues)),
        familyIds: new Set(families.map((family) => family.id)),
        essays: builtInTermMap.essays,
        profiles: new Set(Object.keys(builtInTermMap.profiles?.profiles ?? {})),
        conditions: new Set(Object.keys(conditions))
    };
    // A user's cue sets and conditions can change what a built-in condition refers to, so all are checked again.
    assertConditions(conditions, '`conditions`', refs);
    extra.forEach((family, index) => assertReferences(family, '`families[' + index + ']`', refs));
    const off = new Set(disable);
    return compile(families.filter((family) => !off.has(family.id)), cues, conditions);
}
function compile(families, cues, conditions) {
    return compileTermMap(families, builtInTermMap.everywhere, cues, builtInTermMap.essays, builtInTermMap.profiles, conditions);
}
//# sourceMappingURL=resolve.js.map
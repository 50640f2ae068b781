import type { ContextRule, ContextTest, Essay, FamilyDefinition } from './types.js';
export declare class TermMapError extends Error {
    constructor(message: string);
}
/** Throws a `TermMapError` unless `value` is a family in the shape of the schema. */
export declare function assertFamilyShape(value: unknown, where: string): asserts value is FamilyDefinition;
export interface References {
    cueSets: ReadonlySet<string>;
    familyIds: ReadonlySet<string>;
    essays: Readonly<Record<string, Essay>>;
    /** Profile names `documentIs` may use. */
    profiles?: ReadonlySet<string>;
    /** Names of the conditions `condition` may use. */
    conditions?: ReadonlySet<string>;
}
/** Checks what the schema cannot: that `@cue` sets, target families and essay sections exist. */
export declare function assertReferences(family: FamilyDefinition, where: string, refs: References): void;
/** Checks the members of a cue set (`rules/cues.yml`, a profile's cues, or the `cues` option). */
export declare function assertCueSet(name: string, members: readonly string[], where: string): void;
/** Checks the rules tried before every family (`everywhere` in `rules/cues.yml`). */
export declare function assertEverywhereRules(rules: ContextRule[], refs: References): void;
/**
 * Checks named conditions (`conditions` in `rules/cues.yml`, or the `conditions` option):
 * each is a test of the shape a rule's `when` has, its references exist, and none refers to
 * itself through others.
 */
export declare function assertConditions(conditions: Readonly<Record<string, ContextTest>>, where: string, refs: References): void;

/**
 * The shapes of the term map (as written in `rules/` and in a user's options) and of the
 * plugin's options. `schema/family.schema.json` is the same contract as JSON Schema.
 */
export {};
//# sourceMappingURL=types.js.map
/**
 * Checks family definitions (built-in ones at build time, a user's at attach time) and
 * turns what is wrong into one sentence that names the family and the field.
 */
import { validate as validateShape } from '../../generated/validate-family.js';
export class TermMapError extends Error {
    constructor(message) {
        super('retext-public-service: ' + message);
        this.name = 'TermMapError';
    }
}
function describeShapeError(error) {
    const field = error.instancePath
        ? '`' + error.instancePath.slice(1).replaceAll('/', '.') + '`'
        : 'the family';
    let message = error.message ?? 'is not valid';
    const extra = error.params?.['additionalProperty'];
    if (typeof extra === 'string')
        message = 'has an unknown field `' + extra + '`';
    return field + ' ' + message;
}
/** Throws a `TermMapError` unless `value` is a family in the shape of the schema. */
export function assertFamilyShape(value, where) {
    if (validateShape(value))
        return;
    const errors = (validateShape.errors ?? []);
    // With `oneOf` the deepest error is the one that names the real mistake.
    const first = [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0];
    const id = value && typeof value === 'object' && 'id' in value && typeof value.id === 'string'
        ? ' (id `' + value.id + '`)'
        : '';
    throw new TermMapError('invalid family in ' + where + id + ': ' + (first ? describeShapeError(first) : 'not valid'));
}
/** Checks what the schema cannot: that `@cue` sets, target families and essay sections exist. */
export function assertReferences(family, where, refs) {
    const fail = (message) => {
        throw new TermMapError('invalid family `' + family.id + '` in ' + where + ': ' + message);
    };
    for (const source of Array.isArray(family.source) ? family.source : [family.source]) {
        const essay = refs.essays[source.essay];
        if (!essay) {
            fail('`source.essay` names `' + source.essay + '`, which is not one of ' + Object.keys(refs.essays).join(', '));
        }
        else if (!essay.sections.includes(source.section)) {
            fail('`source.section` `' + source.section + '` is not a section of `' + source.essay + '`');
        }
    }
    const checkCues = (cues, field) => {
        for (const cue of cues ?? []) {
            if (mixesAlternativesAndHyphen(cue))
                fail('`' + field + '` has `' + cue + '`, which mixes `|` and a hyphen in one word; write the hyphenated form as its own cue');
            for (const name of cue.match(/@[\w-]+/g) ?? []) {
                if (!refs.cueSets.has(name.slice(1)))
                    fail('`' + field + '` uses unknown cue set `' + name + '`');
            }
        }
    };
    const checkTest = (test, field) => {
        if (!test)
            return;
        for (const key of ['precededBy', 'followedBy', 'wordsBefore', 'wordsAfter', 'sentenceHas', 'paragraphHas', 'documentHas', 'matchHas', 'titleHeading']) {
            checkCues(test[key], field + '.' + key);
        }
        for (const name of test.documentIs ?? []) {
            if (refs.profiles && !refs.profiles.has(name))
                fail('`' + field + '.documentIs` names unknown profile `' + name + '` (known: ' + [...refs.profiles].join(', ') + ')');
        }
        if (test.condition !== undefined && !refs.conditions?.has(test.condition)) {
            fail('`' + field + '.condition` names unknown condition `' + test.condition + '`' + (refs.conditions?.size ? ' (known: ' + [...refs.conditions].join(', ') + ')' : ''));
        }
        checkTest(test.not, field + '.not');
        test.any?.forEach((inner, index) => checkTest(inner, field + '.any.' + index));
        test.all?.forEach((inner, index) => checkTest(inner, field + '.all.' + index));
    };
    const checkRules = (rules, field) => {
        rules?.forEach((rule, index) => {
            checkTest(rule.when, field + '.' + index + '.when');
            if (typeof rule.then === 'object' && !refs.familyIds.has(rule.then.family)) {
                fail('`' + field + '.' + index + '.then.family` names unknown family `' + rule.then.family + '`');
            }
        });
    };
    family.phrases.forEach((phrase, index) => {
        const text = typeof phrase === 'string' ? phrase : phrase.text;
        if (mixesAlternativesAndHyphen(text))
            fail('`phrases.' + index + '` mixes `|` and a hyphen in one word; write the hyphenated form as its own phrase');
    });
    checkRules(family.context, 'context');
    const suggestions = [family.suggest, ...family.phrases.map((phrase) => (typeof phrase === 'string' ? undefined : phrase.suggest))];
    for (const list of suggestions) {
        list?.forEach((suggestion, index) => {
            if (typeof suggestion === 'object')
                checkTest(suggestion.when, 'suggest.' + index + '.when');
        });
    }
}
/** Checks the members of a cue set (`rules/cues.yml`, a profile's cues, or the `cues` option). */
export function assertCueSet(name, members, where) {
    for (const member of members) {
        if (mixesAlternativesAndHyphen(member)) {
            throw new TermMapError('cue set `' + name + '` in ' + where + ' has `' + member + '`, which mixes `|` and a hyphen in one word; write the hyphenated form as its own cue');
        }
    }
}
/** Checks the rules tried before every family (`everywhere` in `rules/cues.yml`). */
export function assertEverywhereRules(rules, refs) {
    assertReferences(ruleHolder('everywhere', rules), 'rules/cues.yml', refs);
}
/**
 * Checks named conditions (`conditions` in `rules/cues.yml`, or the `conditions` option):
 * each is a test of the shape a rule's `when` has, its references exist, and none refers to
 * itself through others.
 */
export function assertConditions(conditions, where, refs) {
    for (const [name, test] of Object.entries(conditions)) {
        if (!/^[a-z][a-z0-9-]*$/.test(name))
            throw new TermMapError('condition name `' + name + '` in ' + where + ' must be small letters, digits and hyphens');
        // Checked as the `when` of a rule, then told as what it is: a condition, not a family.
        const holder = ruleHolder('condition', [{ when: test, then: 'ignore', why: name }]);
        try {
            // The schema asks every family for a source; a condition has none of its own.
            assertFamilyShape({ ...holder, source: { essay: 'condition', section: name } }, where);
            assertReferences(holder, where, refs);
        }
        catch (error) {
            if (!(error instanceof TermMapError))
                throw error;
            const detail = error.message.replace(/^retext-public-service: invalid family (?:`[^`]*` )?in .*?: /, '').replaceAll('context.0.when', 'conditions.' + name);
            throw new TermMapError('invalid condition `' + name + '` in ' + where + ': ' + detail);
        }
    }
    const visiting = new Set();
    const done = new Set();
    const visit = (name, path) => {
        if (done.has(name))
            return;
        if (visiting.has(name))
            throw new TermMapError('condition `' + name + '` in ' + where + ' refers to itself (' + [...path, name].join(' → ') + ')');
        visiting.add(name);
        const test = conditions[name];
        if (test)
            for (const inner of conditionsIn(test))
                visit(inner, [...path, name]);
        visiting.delete(name);
        done.add(name);
    };
    for (const name of Object.keys(conditions))
        visit(name, []);
}
function conditionsIn(test) {
    return [
        ...(test.condition === undefined ? [] : [test.condition]),
        ...(test.not ? conditionsIn(test.not) : []),
        ...[...(test.any ?? []), ...(test.all ?? [])].flatMap(conditionsIn)
    ];
}
function ruleHolder(id, rules) {
    return {
        id,
        title: id,
        phrases: ['x'],
        severity: 'info',
        describe: 'x',
        suggest: ['x'],
        explanation: 'x',
        source: [],
        context: rules
    };
}
/** Words are split at hyphens before alternatives are read, so "a|b-c" would not mean what it says. */
function mixesAlternativesAndHyphen(text) {
    return /\|[^\s|]*-|-[^\s|]*\|/.test(text.replace(/@[\w-]+/g, '@set'));
}
//# sourceMappingURL=validate.js.map
import { NODES, SCOPE_RULES, type Label, type PropertySpec } from './graph-model';

/**
 * The scope rules (SCOPE_RULES) as Cypher fragments, for the statements that backfill them
 * (migrate) and verify and repair them (the db check). `onto` and `from` are the variables of
 * the element that carries the copy and of the node it is copied from.
 */

export interface ScopeRule {
  /** The label the properties are copied from. */
  from: Label;
  properties: readonly string[];
}

export const DECISION_SCOPE: ScopeRule = SCOPE_RULES.decision;
export const CITATION_SCOPE: ScopeRule = SCOPE_RULES.citation;
export const GROUND_SCOPE: ScopeRule = SCOPE_RULES.ground;

const specOf = (rule: ScopeRule, name: string): PropertySpec =>
  (NODES[rule.from].properties as Record<string, PropertySpec>)[name];

/** `d.category = s.category, d.subcategory = s.subcategory` */
export function copyScope(rule: ScopeRule, onto: string, from: string): string {
  return rule.properties.map((name) => `${onto}.${name} = ${from}.${name}`).join(', ');
}

/**
 * `onto` was never given its scope: a property the source always has is unset; or, when all
 * may be null, none is set while the source has one.
 */
export function scopeUnset(rule: ScopeRule, onto: string, from: string): string {
  const always = rule.properties.filter((name) => !specOf(rule, name).nullable);
  if (always.length > 0) return always.map((name) => `${onto}.${name} IS NULL`).join(' OR ');
  const unset = rule.properties.map((name) => `${onto}.${name} IS NULL`).join(' AND ');
  const set = rule.properties.map((name) => `${from}.${name} IS NOT NULL`).join(' OR ');
  return `${unset}\n         AND (${set})`;
}

/** `onto`'s copy differs from `from`'s values (null equals null). */
export function scopeDiffers(rule: ScopeRule, onto: string, from: string): string {
  return rule.properties
    .map((name) =>
      specOf(rule, name).nullable
        ? `coalesce(${onto}.${name}, '') <> coalesce(${from}.${name}, '')`
        : `${onto}.${name} IS NULL OR ${onto}.${name} <> ${from}.${name}`,
    )
    .join('\n      OR ');
}

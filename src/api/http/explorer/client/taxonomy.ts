/**
 * The category / subcategory / service controls as one taxonomy: each level lists only what
 * lies inside the levels chosen above it, and a choice keeps the other levels that agree with
 * it and clears those that do not. Pure, tested in test/unit.
 */

export interface TaxonomyService {
  name: string;
  category: string | null;
  subcategory: string | null;
}

export interface TaxonomyChoice {
  category: string;
  subcategory: string;
  service: string;
}

export interface TaxonomyOptions {
  categories: string[];
  subcategories: string[];
  services: string[];
}

const sorted = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));

/** What each control offers under the current choice ('' at a level: any). */
export function taxonomyOptions(
  services: readonly TaxonomyService[],
  choice: TaxonomyChoice,
): TaxonomyOptions {
  const inCategory = services.filter((s) => !choice.category || s.category === choice.category);
  const inSubcategory = inCategory.filter(
    (s) => !choice.subcategory || s.subcategory === choice.subcategory,
  );
  return {
    categories: sorted(services.map((s) => s.category)),
    subcategories: sorted(inCategory.map((s) => s.subcategory)),
    services: sorted(inSubcategory.map((s) => s.name)),
  };
}

/**
 * The choice after `changed` was set: a level above it that the new value contradicts is
 * cleared (a subcategory picked with no category keeps category ''), and so is a level below
 * it that no longer lies inside it.
 */
export function narrowChoice(
  services: readonly TaxonomyService[],
  choice: TaxonomyChoice,
  changed: keyof TaxonomyChoice,
): TaxonomyChoice {
  const next = { ...choice };
  const fits = (s: TaxonomyService, c: TaxonomyChoice, levels: (keyof TaxonomyChoice)[]) =>
    levels.every((level) => {
      const value = level === 'service' ? s.name : s[level];
      return !c[level] || value === c[level];
    });
  const agrees = (levels: (keyof TaxonomyChoice)[]) => services.some((s) => fits(s, next, levels));
  if (changed === 'category') {
    if (!agrees(['category', 'subcategory'])) next.subcategory = '';
    if (!agrees(['category', 'subcategory', 'service'])) next.service = '';
  } else if (changed === 'subcategory') {
    if (!agrees(['category', 'subcategory'])) next.category = '';
    if (!agrees(['category', 'subcategory', 'service'])) next.service = '';
  } else {
    if (!agrees(['subcategory', 'service'])) next.subcategory = '';
    if (!agrees(['category', 'subcategory', 'service'])) next.category = '';
  }
  return next;
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema } from 'graphql';
import { buildApiSchema, SCHEMA_FILE } from '../../src/api/schema/build-schema';
import { describeCoverage, ELEMENT_KINDS } from '../../src/api/schema/description-coverage';
import { SCHEMA_DESCRIPTION } from '../../src/api/schema/schema-description';

/**
 * People learn the API from GraphiQL's documentation pane, so every type, field, argument,
 * input field and enum value says what it means, and the schema itself says where to start.
 * A new field without a description fails here, named.
 */
describe('schema descriptions', () => {
  test('every element of the API schema has a description', async () => {
    const coverage = describeCoverage(await buildApiSchema());
    if (coverage.missing.length > 0) {
      throw new Error(
        `${coverage.missing.length} schema elements have no description; give each a ` +
          '`description:` in its type-graphql decorator (registerEnumType valuesConfig for enum ' +
          `values), then run \`npm run schema:emit\`:\n  ${coverage.missing.join('\n  ')}`,
      );
    }
    // The walk saw the whole API, not an empty schema.
    expect(coverage.byKind.types.total).toBeGreaterThanOrEqual(36);
    expect(coverage.byKind.fields.total).toBeGreaterThanOrEqual(199);
    expect(coverage.byKind.arguments.total).toBeGreaterThanOrEqual(48);
    expect(coverage.byKind.inputFields.total).toBeGreaterThanOrEqual(22);
    expect(coverage.byKind.enumValues.total).toBeGreaterThanOrEqual(20);
  });

  test('descriptions break lines only between paragraphs (GraphiQL shows each)', async () => {
    expect(describeCoverage(await buildApiSchema()).brokenLines).toEqual([]);
  });

  test('the committed SDL carries the schema description and every other one', () => {
    const committed = buildSchema(readFileSync(resolve(__dirname, '../..', SCHEMA_FILE), 'utf8'));
    expect(committed.description).toBe(SCHEMA_DESCRIPTION);
    expect(describeCoverage(committed).missing).toEqual([]);
  });

  test('the schema description names the source of the letters and the first questions', () => {
    for (const phrase of [
      'MAXIMUS Final Determination Letter',
      'DWC',
      'upheld',
      'overturned',
      'claims administrator',
      'guidelineImpact',
      'Wilson interval',
      'example tabs',
    ]) {
      expect(SCHEMA_DESCRIPTION).toContain(phrase);
    }
  });

  test('the walk finds each kind of undescribed element, and blank text is no description', () => {
    const schema = buildSchema(`
      type Query { items(first: Int, """ """ after: String): [Item!]! }
      """An item."""
      type Item { """Its name.""" name: String!  size: Int  kind: Kind }
      """
      Wrapped inside
      a paragraph.

      - a list item
      - and another
      """
      type Thing { """One paragraph.\n\nAnother.""" id: ID! }
      input ItemFilter { name: String  """At least.""" minSize: Int }
      """Kinds."""
      enum Kind { """Big.""" BIG SMALL }
      scalar Moment
    `);
    const coverage = describeCoverage(schema);
    expect([...coverage.missing].sort()).toEqual(
      [
        'schema',
        'Query',
        'Query.items',
        'Query.items(first:)',
        'Query.items(after:)',
        'Item.size',
        'Item.kind',
        'ItemFilter',
        'ItemFilter.name',
        'Kind.SMALL',
        'Moment',
      ].sort(),
    );
    expect(coverage.schemaDescribed).toBe(false);
    expect(coverage.brokenLines).toEqual(['Thing']);
    // Built-in scalars (Int, String) are the spec's to explain; ItemFilter counts as a type.
    expect(coverage.byKind).toEqual({
      types: { total: 6, described: 3 },
      fields: { total: 5, described: 2 },
      arguments: { total: 2, described: 0 },
      inputFields: { total: 2, described: 1 },
      enumValues: { total: 2, described: 1 },
    });
    expect(Object.keys(coverage.byKind)).toEqual([...ELEMENT_KINDS]);
  });
});

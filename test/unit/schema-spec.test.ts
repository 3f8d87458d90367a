import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  astFromValue,
  isEnumType,
  isInputObjectType,
  isObjectType,
  Kind,
  parse,
  print,
  type DefinitionNode,
  type GraphQLArgument,
  type GraphQLSchema,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';
import { buildApiSchema } from '../../src/api/schema/build-schema';

/**
 * The names graph-and-api.md fixes (its GraphQL block) exist in the built schema with the same
 * types, arguments and defaults. The contract ships in schema/contract/ (a copy of the team's
 * spec, so a clone with nothing beside it runs this test); where the team's spec sits beside
 * the project (../shared/spec), the copy must equal it.
 */
const SPEC = resolve(__dirname, '../../schema/contract/graph-and-api.md');
/** The team's spec: where IMR_GRAPH_TEAM_SPEC says (CI sets it, and then it must be there), or
 * beside the project. */
const TEAM_SPEC =
  process.env.IMR_GRAPH_TEAM_SPEC ?? resolve(__dirname, '../../../shared/spec/graph-and-api.md');
const TEAM_SPEC_REQUIRED = process.env.IMR_GRAPH_TEAM_SPEC !== undefined;

function specDefinitions(): readonly DefinitionNode[] {
  if (!existsSync(SPEC))
    throw new Error(`the contract ${SPEC} is missing: restore it with git checkout -- schema`);
  const blocks = [...readFileSync(SPEC, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
    (m) => m[1],
  );
  expect(blocks.length).toBeGreaterThan(0);
  return blocks.flatMap((block) => parse(block).definitions);
}

const typeText = (node: TypeNode): string => print(node);

function defaultText(arg: GraphQLArgument): string | undefined {
  if (arg.defaultValue === undefined) return undefined;
  const ast = astFromValue(arg.defaultValue, arg.type);
  return ast ? print(ast) : undefined;
}

/** Every difference between the spec's definitions and the schema, as readable lines. */
function differences(schema: GraphQLSchema, definitions: readonly DefinitionNode[]): string[] {
  const problems: string[] = [];
  const checkArgs = (
    where: string,
    specArgs: readonly InputValueDefinitionNode[],
    args: readonly GraphQLArgument[],
  ) => {
    for (const specArg of specArgs) {
      const arg = args.find((a) => a.name === specArg.name.value);
      if (!arg) {
        problems.push(`${where}: argument ${specArg.name.value} is missing`);
        continue;
      }
      if (String(arg.type) !== typeText(specArg.type))
        problems.push(
          `${where}(${arg.name}): ${String(arg.type)}, the spec says ${typeText(specArg.type)}`,
        );
      const specDefault = specArg.defaultValue ? print(specArg.defaultValue) : undefined;
      if (specDefault !== defaultText(arg))
        problems.push(
          `${where}(${arg.name}): default ${defaultText(arg)}, the spec says ${specDefault}`,
        );
    }
  };
  for (const definition of definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.ENUM_TYPE_DEFINITION
    )
      continue;
    const name = definition.name.value;
    const type = schema.getType(name);
    if (!type) {
      problems.push(`type ${name} is missing`);
      continue;
    }
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      if (!isEnumType(type)) problems.push(`${name} is not an enum`);
      else
        for (const value of definition.values ?? [])
          if (!type.getValue(value.name.value))
            problems.push(`enum ${name}: ${value.name.value} is missing`);
      continue;
    }
    if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      if (!isInputObjectType(type)) {
        problems.push(`${name} is not an input type`);
        continue;
      }
      for (const field of definition.fields ?? []) {
        const actual = type.getFields()[field.name.value];
        if (!actual) problems.push(`${name}.${field.name.value} is missing`);
        else if (String(actual.type) !== typeText(field.type))
          problems.push(
            `${name}.${field.name.value}: ${String(actual.type)}, the spec says ${typeText(field.type)}`,
          );
      }
      continue;
    }
    if (!isObjectType(type)) {
      problems.push(`${name} is not an object type`);
      continue;
    }
    for (const field of definition.fields ?? []) {
      const actual = type.getFields()[field.name.value];
      if (!actual) {
        problems.push(`${name}.${field.name.value} is missing`);
        continue;
      }
      if (String(actual.type) !== typeText(field.type))
        problems.push(
          `${name}.${field.name.value}: ${String(actual.type)}, the spec says ${typeText(field.type)}`,
        );
      checkArgs(`${name}.${field.name.value}`, field.arguments ?? [], actual.args);
    }
  }
  return problems;
}

describe('the GraphQL names the contract requires', () => {
  // CI names the team's spec (IMR_GRAPH_TEAM_SPEC), so there the comparison always runs and a
  // missing spec fails it. A bare clone elsewhere has nothing to compare with: the report shows
  // this one test as skipped, by name; the next test checks the shipped copy either way.
  (TEAM_SPEC_REQUIRED || existsSync(TEAM_SPEC) ? test : test.skip)(
    'the shipped contract is the team spec (IMR_GRAPH_TEAM_SPEC, or ../shared beside the project)',
    () => {
      if (!existsSync(TEAM_SPEC))
        throw new Error(
          `IMR_GRAPH_TEAM_SPEC=${TEAM_SPEC}: no such file (the team's graph-and-api.md)`,
        );
      expect(readFileSync(SPEC, 'utf8')).toBe(readFileSync(TEAM_SPEC, 'utf8'));
    },
  );

  test('every type, field, argument, default and enum value of graph-and-api.md is in the schema', async () => {
    const problems = differences(await buildApiSchema(), specDefinitions());
    expect(problems).toEqual([]);
  });

  test('the connections follow the Relay shape', async () => {
    const schema = await buildApiSchema();
    for (const name of ['CaseConnection', 'DecisionConnection']) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} missing`);
      expect(Object.keys(type.getFields()).sort()).toEqual(['edges', 'pageInfo', 'totalCount']);
    }
    const pageInfo = schema.getType('PageInfo');
    if (!isObjectType(pageInfo)) throw new Error('PageInfo missing');
    expect(Object.keys(pageInfo.getFields())).toEqual(
      expect.arrayContaining(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']),
    );
  });

  test('the mutations the contract names exist', async () => {
    const mutation = (await buildApiSchema()).getMutationType()!;
    const fields = mutation.getFields();
    expect(String(fields.ingestDetermination.type)).toBe('Case!');
    expect(fields.ingestDetermination.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(
      expect.arrayContaining(['text: String!', 'fileName: String']),
    );
    expect(String(fields.deleteCase.type)).toBe('Boolean!');
    expect(fields.deleteCase.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual([
      'caseNumber: ID!',
    ]);
  });
});

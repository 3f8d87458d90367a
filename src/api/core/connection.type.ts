import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({
  description: 'Where a page stands in its list (Relay): whether more follow, and its cursors.',
})
export class PageInfo {
  @Field({ description: 'True when more items follow: ask again with after: endCursor.' })
  hasNextPage!: boolean;
  @Field({
    description:
      'True when the page was asked for with after (items come before it); false on the first ' +
      'page.',
  })
  hasPreviousPage!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first edge of the page; null when the page is empty.',
  })
  startCursor!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The cursor of the last edge: pass it as after for the next page. Null when the page is ' +
      'empty.',
  })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/**
 * The Relay connection of a node type: `<Name>Connection { totalCount edges { cursor node }
 * pageInfo }` and its `<Name>Edge`. Subclass the result with @ObjectType to name it.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, {
    description: `One ${name} of a page, with the cursor that marks its place in the list.`,
  })
  class Edge {
    @Field({
      description:
        'Opaque (do not build or parse it); pass it as after to get the items that follow this ' +
        'one.',
    })
    cursor!: string;
    @Field(() => node, { description: `The ${name} itself.` }) node!: T;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => Int, {
      description: 'How many items match, over all pages (not only this one).',
    })
    totalCount!: number;
    @Field(() => [Edge], { description: 'The items of this page, in list order.' })
    edges!: Edge[];
    @Field(() => PageInfo, {
      description: 'Whether more pages follow, and the cursor to ask for the next.',
    })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

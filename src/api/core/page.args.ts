import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description:
      `How many items the page holds: 0 to ${MAX_PAGE_SIZE}, ` +
      `${DEFAULT_PAGE_SIZE} when absent.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "An edge's cursor (usually the previous page's pageInfo.endCursor): the page starts after " +
      'that item. Absent: the first page.',
  })
  after?: string | null;
}

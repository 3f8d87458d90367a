import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A canonical service (a treatment, test, drug or device).' })
export class Service {
  @Field(() => ID) name!: string;
  @Field(() => String, { nullable: true, description: 'DWC category, e.g. Rehabilitation.' })
  category!: string | null;
  @Field(() => String, { nullable: true, description: 'DWC subcategory, e.g. Chiropractic.' })
  subcategory!: string | null;
  @Field(() => String, { nullable: true, description: 'Generic drug name for pharmaceuticals.' })
  drug!: string | null;
}

import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A canonical service: the treatment, test, drug or device a request asks for, whatever ' +
    'the letter\'s wording ("Norco 10/325mg #60" and "Hydrocodone/APAP" are both ' +
    "Hydrocodone/Acetaminophen), placed in the DWC's own IMR taxonomy.",
})
export class Service {
  @Field(() => ID, {
    description:
      'The canonical name, e.g. MRI, Chiropractic manipulation, Epidural steroid injection; ' +
      'a drug by its generic name, e.g. Hydrocodone/Acetaminophen.',
  })
  name!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'DWC category, e.g. Pharmaceuticals, Rehabilitation, Diagnostic Testing, Surgery; null ' +
      'for a service the taxonomy does not place.',
  })
  category!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'DWC subcategory, e.g. Chiropractic, Imaging/Radiology; for Pharmaceuticals the drug ' +
      'class, e.g. Opioids, NSAID. Null when not placed.',
  })
  subcategory!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The generic drug name for pharmaceuticals, e.g. Cyclobenzaprine; null for other services.',
  })
  drug!: string | null;
}

import { JSONResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Row } from '../../graph/named-query';

@ObjectType({ description: "A caption as Neo4j NVL's `captions` takes it." })
export class GraphCaption {
  @Field({ description: 'The text NVL draws: the same as GraphNode.caption.' }) value!: string;
}

@ObjectType({
  description:
    'A node of a GraphView. Its fields fit the drawing libraries as they are: NVL reads ' +
    '{id, captions, size, color}, graphology/sigma {key, attributes}, Cytoscape.js {data}.',
})
export class GraphNode {
  @Field(() => ID, {
    description:
      '<Label>:<key>, e.g. Case:CM16-0213037, or Group:<base64url JSON> for a group node ' +
      '(README: Graph visualisation); graph(id:) accepts either.',
  })
  id!: string;
  @Field(() => ID, { description: 'The same as id: the name graphology gives it.' }) key!: string;
  @Field({
    description:
      'The node label: Case, Decision, Service, ServiceCategory, Guideline, GuidelineDocument, ' +
      'Reviewer, Specialty, State, Diagnosis or BodyRegion; Group for a node that stands for ' +
      'several neighbours of one label (count says how many).',
  })
  label!: string;
  @Field(() => [String], {
    description: 'Every Neo4j label of the node (label is the one graph(id:) knows it by).',
  })
  labels!: string[];
  @Field({
    description:
      'A short text to draw on the node (at most 48 characters): a case number, ' +
      '"CM16-0213037 #2 · MRI" for a decision (case, item, service), "document: section" for a ' +
      'guideline, "197 Decisions · 49 overturned" for a group, a name otherwise.',
  })
  caption!: string;
  @Field(() => [GraphCaption], { description: 'The caption in the shape NVL reads.' })
  captions!: GraphCaption[];
  @Field({
    description:
      'A class for stylesheets: UPHELD or OVERTURNED for a decision, the label otherwise ' +
      '(Group for a group).',
  })
  group!: string;
  @Field(() => Int, {
    description: 'How many nodes this node stands for: 1, or the members of a group.',
  })
  count!: number;
  @Field(() => Int, { description: 'Hops from the root.' }) depth!: number;
  @Field(() => Int, { description: 'Relationships of the node in the whole graph.' })
  degree!: number;
  @Field(() => Float, {
    description:
      'A drawing size: 6 for a leaf, growing with the log of the degree (of count for a ' +
      'group), at most 36, so hubs never cover their neighbours.',
  })
  size!: number;
  @Field({
    description:
      'A colour as #RRGGBB: a decision by its outcome (#2E9E5B overturned, #D64541 upheld), a ' +
      'group grey (#C8CCD2), any other node by its label (#4C8EDA for a Case).',
  })
  color!: string;
  @Field(() => Float, {
    description:
      'ForceAtlas2 layout, horizontal: the same for the same answer (README: Graph visualisation).',
  })
  x!: number;
  @Field(() => Float, { description: 'ForceAtlas2 layout, vertical: see x.' })
  y!: number;
  @Field(() => JSONResolver, {
    nullable: true,
    description:
      'The node properties; long texts (rationale, summary) left out, others cut to 160 ' +
      'characters.',
  })
  properties!: Row | null;
  @Field(() => JSONResolver, {
    description: 'Cytoscape.js element data: {id, label (the caption), type …}.',
  })
  data!: Row;
  @Field(() => JSONResolver, {
    description: 'graphology/sigma node attributes: {label, x, y, size, color …}.',
  })
  attributes!: Row;
}

@ObjectType({
  description:
    'A relationship of a GraphView: NVL reads {id, from, to}, graphology {key, source, ' +
    'target, attributes}, Cytoscape.js {data}.',
})
export class GraphEdge {
  @Field(() => ID, { description: '<TYPE>:<source id>-><target id>' }) id!: string;
  @Field(() => ID, { description: 'The same as id, for graphology.' }) key!: string;
  @Field({
    description:
      'The relationship type: HAS_DECISION (case to its decisions), FOR_SERVICE (decision to ' +
      'the service requested), REVIEWER_CITED and UR_CITED (decision to a guideline the IMR ' +
      "reviewer, or the claims administrator's UR, cited), DEPENDS_ON (decision to the one it " +
      'follows from), CONCERNS (decision to a body region), HAS_DIAGNOSIS (case to a ' +
      'diagnosis), REVIEWED_BY (case to its reviewer profile), CERTIFIED_IN and LICENSED_IN ' +
      '(reviewer to specialty and state), SECTION_OF (guideline to its document), IN_CATEGORY ' +
      'and SUBCATEGORY_OF (the DWC service taxonomy).',
  })
  type!: string;
  @Field(() => ID, {
    description: 'The id of the node the relationship starts from (its direction in Neo4j).',
  })
  source!: string;
  @Field(() => ID, { description: 'The id of the node the relationship points to.' })
  target!: string;
  @Field(() => ID, { description: 'source, as NVL names it.' }) from!: string;
  @Field(() => ID, { description: 'target, as NVL names it.' }) to!: string;
  @Field({ description: 'A text to draw on the edge: its type, e.g. REVIEWER_CITED.' })
  caption!: string;
  @Field(() => Int, {
    description:
      'How many relationships the edge stands for: 1, the members of the group it leads to, ' +
      'or the decisions behind an impactGraph edge.',
  })
  weight!: number;
  @Field(() => JSONResolver, {
    nullable: true,
    description:
      'The numbers of an aggregated edge: for impactGraph decisions, upheld, overturned, ' +
      'outcomeCount, rate, rateLow, rateHigh (Wilson 95%), baselineRate and lift; null for a ' +
      'relationship of the graph.',
  })
  properties!: Row | null;
  @Field(() => JSONResolver, {
    description: 'Cytoscape.js element data: {id, source, target, label, weight}.',
  })
  data!: Row;
  @Field(() => JSONResolver, { description: 'graphology/sigma edge attributes.' })
  attributes!: Row;
}

@ObjectType({
  description: 'The neighbourhood of one node, ready to draw (README: Graph visualisation).',
})
export class GraphView {
  @Field(() => ID, { description: 'The id of the node the view starts from.' }) root!: string;
  @Field(() => [ID], {
    description:
      'Other nodes with the same bare key under another label; pass one as id to draw it instead.',
  })
  alternatives!: string[];
  @Field(() => Int, { description: 'The depth the view was drawn to, in hops (as asked).' })
  depth!: number;
  @Field(() => Int, { description: 'The node limit the view was drawn with (as asked).' })
  limit!: number;
  @Field(() => [GraphNode], { description: 'Root first, then by depth.' }) nodes!: GraphNode[];
  @Field(() => [GraphEdge], {
    description: 'Relationships whose both ends are in nodes, once each.',
  })
  edges!: GraphEdge[];
  @Field({
    description:
      'True when the limit left some neighbour of an expanded node neither shown nor in a ' +
      'group; the members of groups are not missing, they are counted by the group.',
  })
  truncated!: boolean;
  @Field(() => JSONResolver, {
    description: 'Cytoscape.js elements: cytoscape({elements}) or cy.add(...).',
  })
  cytoscape!: Row[];
  @Field(() => JSONResolver, {
    description: 'A serialised graphology graph: Graph.from(...), then sigma.',
  })
  graphology!: Row;
  @Field(() => JSONResolver, {
    description: 'Neo4j NVL: {nodes, relationships} for new NVL(container, nodes, relationships).',
  })
  nvl!: Row;
}

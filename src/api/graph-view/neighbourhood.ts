import type { Neo4jGateway } from '../../graph/neo4j-gateway';
import {
  expandLevel,
  HUB_READ_CAPS,
  RANKED_BUCKET_MAX,
  readHubPage,
  readNodes,
  type HubRead,
  type MemberPage,
  type MemberRequest,
  type RawEdge,
  type RawNode,
} from './graph-view.queries';
import type { GroupRef } from './group-id';
import { allocatePlaces } from './grouping';
import { BUCKETS, bucketName, farLabel, type Bucket } from './relationships';
import {
  nodeKeyOf,
  primaryLabel,
  type AssembledGroup,
  type AssembledView,
} from './graph-view.shape';
import { nodeId } from './node-ref';

/**
 * The expansion of graph(), level by level: the sizes of the frontier's buckets (degree
 * counts, read with the nodes), the grouping rule's share of the places left (grouping.ts),
 * then the members it made room for and counts of the rest, which become group nodes: one
 * statement for the root and one per level, each bounded by the limit whatever the degrees
 * (a big bucket is read no further than its page; a hub keeps its overturned count).
 */

type Db = Pick<Neo4jGateway, 'read'>;

const idOfRaw = (raw: RawNode) => {
  const label = primaryLabel(raw.labels);
  return nodeId(label, nodeKeyOf(label, raw.properties, raw.elementId));
};

interface Seen {
  raw: RawNode;
  depth: number;
  /** The node it was reached from and the bucket (from this node's side) that edge is in. */
  via: { parent: string; bucket: Bucket } | null;
}

interface Demand {
  node: string;
  bucket: Bucket;
  except: string | null;
  size: number;
}

export async function expandNeighbourhood(
  db: Db,
  rootElementId: string,
  depth: number,
  limit: number,
): Promise<AssembledView | null> {
  const [root] = await db.read(readNodes, { nodes: [rootElementId] });
  if (root === undefined) return null;
  const seen = new Map<string, Seen>([[root.elementId, { raw: root, depth: 0, via: null }]]);
  const edges = new Map<string, RawEdge>();
  const groups: AssembledGroup[] = [];
  let frontier = [root.elementId];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const budget = limit - seen.size - groups.length;
    if (budget <= 0) {
      // No place left: the view is truncated if a frontier node has any neighbour besides
      // the one it was reached from (its degree says so; no statement needed).
      truncated ||= frontier.some((node) => {
        const s = seen.get(node)!;
        return s.raw.degree > (s.via === null ? 0 : 1);
      });
      break;
    }
    const demands: Demand[] = [];
    for (const node of frontier) {
      const { raw, via } = seen.get(node)!;
      BUCKETS.forEach((bucket, i) => {
        const isVia = via !== null && bucketName(via.bucket) === bucketName(bucket);
        const size = (raw.sizes?.[i] ?? 0) - (isVia ? 1 : 0);
        if (size > 0) demands.push({ node, bucket, except: isVia ? via.parent : null, size });
      });
    }
    const allocation = allocatePlaces(
      demands.map((d) => d.size),
      budget,
    );
    truncated ||= !allocation.complete;
    const requests: MemberRequest[] = [];
    demands.forEach((d, id) => {
      if (allocation.quotas[id] === 0 && !allocation.grouped[id]) return;
      requests.push({
        id,
        node: d.node,
        bucket: bucketName(d.bucket),
        except: d.except,
        skip: 0,
        take: allocation.quotas[id],
      });
    });
    const pages = await readLevel(db, requests, demands, level < depth);
    const next: string[] = [];
    for (const request of requests) {
      const d = demands[request.id];
      const page = pages.get(request.id);
      for (const { node, edge } of page?.members ?? []) {
        edges.set(edge.elementId, edge);
        if (seen.has(node.elementId)) continue;
        const back: Bucket = { type: d.bucket.type, out: !d.bucket.out };
        seen.set(node.elementId, {
          raw: node,
          depth: level,
          via: { parent: d.node, bucket: back },
        });
        next.push(node.elementId);
      }
      if (allocation.grouped[request.id] && page !== undefined && page.rest > 0) {
        const parent = seen.get(d.node)!;
        const except = d.except === null ? null : seen.get(d.except);
        groups.push({
          ref: {
            of: idOfRaw(parent.raw),
            ...d.bucket,
            offset: request.take,
            except: except ? idOfRaw(except.raw) : null,
          },
          parent: d.node,
          count: page.rest,
          overturned: page.restOverturned,
          upheld: page.restUpheld,
          depth: level,
        });
      }
    }
    frontier = next;
  }
  return {
    rootId: idOfRaw(root),
    nodes: [...seen.values()].map((s) => ({ raw: s.raw, depth: s.depth })),
    groups,
    edges: [...edges.values()],
    truncated,
  };
}

/**
 * The pages of one level and counts of the rest, in one statement whatever the hubs' sizes
 * (expandLevel): small buckets read whole in the ranked order; big ones read no further than
 * their page; for decision buckets grouped whole or shown in part from a big bucket, the
 * overturned count of the whole bucket (a hub keeps its own), less those read.
 */
async function readLevel(
  db: Db,
  requests: MemberRequest[],
  demands: readonly Demand[],
  withSizes: boolean,
): Promise<Map<number, MemberPage>> {
  const isBig = (r: MemberRequest) => demands[r.id].size > RANKED_BUCKET_MAX;
  const small = requests.filter((r) => r.take > 0 && !isBig(r));
  const hubs = requests.filter((r) => r.take > 0 && isBig(r));
  const counted = requests
    .filter((r) => (r.take === 0 || isBig(r)) && farLabel(demands[r.id].bucket) === 'Decision')
    .map(({ id, node, bucket, except }) => ({ id, node, bucket, except }));
  const cap = HUB_READ_CAPS.find((c) => hubs.every((r) => r.take <= c)) ?? HUB_READ_CAPS.at(-1)!;
  const [read] = await db.read(expandLevel(cap), { small, hubs, counted, withSizes });
  const pages = new Map((read?.small ?? []).map((p) => [p.id, p]));
  const overturnedOf = new Map((read?.counted ?? []).map((o) => [o.id, o.overturned]));
  const hubOf = new Map((read?.hubs ?? []).map((h) => [h.id, h]));
  for (const r of requests) {
    if (pages.has(r.id)) continue;
    const hub = hubOf.get(r.id) ?? { members: [], read: 0, readOverturned: 0 };
    pages.set(r.id, restOf(demands[r.id].size, hub, overturnedOf.get(r.id) ?? 0));
  }
  return pages;
}

/** A big bucket's page and its rest: the bucket's size and overturned count less those read. */
function restOf(
  size: number,
  read: Pick<HubRead, 'members' | 'read' | 'readOverturned'>,
  overturned: number,
): MemberPage {
  const rest = Math.max(0, size - read.read);
  const restOverturned = Math.min(rest, Math.max(0, overturned - read.readOverturned));
  return {
    id: 0,
    members: read.members,
    rest,
    restOverturned,
    restUpheld: rest - restOverturned,
  };
}

/**
 * One page of a group: the node it hangs from, `take` members from the group's offset and,
 * when members remain, a group for them (the next page's id). `of` and `except` are element
 * ids resolved from the group id.
 */
export async function expandGroup(
  db: Db,
  ref: GroupRef,
  elementIds: { of: string; except: string | null },
  take: number,
): Promise<AssembledView | null> {
  const [parent] = await db.read(readNodes, { nodes: [elementIds.of] });
  if (parent === undefined) return null;
  const bucket: Bucket = { type: ref.type, out: ref.out };
  const index = BUCKETS.findIndex((b) => bucketName(b) === bucketName(bucket));
  const size = (parent.sizes?.[index] ?? 0) - (elementIds.except === null ? 0 : 1);
  const request: MemberRequest = {
    id: 0,
    node: elementIds.of,
    bucket: bucketName(bucket),
    except: elementIds.except,
    skip: ref.offset,
    take,
  };
  const page =
    size > RANKED_BUCKET_MAX
      ? await readHubGroupPage(db, request, bucket, size)
      : (
          await db.read(expandLevel(HUB_READ_CAPS[0]), {
            small: [request],
            hubs: [],
            counted: [],
            withSizes: false,
          })
        )[0]?.small[0];
  const members = page?.members ?? [];
  const nodes = [{ raw: parent, depth: 0 }];
  for (const m of members) {
    if (m.node.elementId !== parent.elementId) nodes.push({ raw: m.node, depth: 1 });
  }
  const groups: AssembledGroup[] =
    page !== undefined && page.rest > 0
      ? [
          {
            ref: { ...ref, offset: ref.offset + take },
            parent: parent.elementId,
            count: page.rest,
            overturned: page.restOverturned,
            upheld: page.restUpheld,
            depth: 1,
          },
        ]
      : [];
  return {
    rootId: idOfRaw(parent),
    nodes,
    groups,
    edges: members.map((m) => m.edge),
    truncated: false,
  };
}

/** A page of a big bucket from its group's offset: read up to the page's end, never past. */
async function readHubGroupPage(
  db: Db,
  request: MemberRequest,
  bucket: Bucket,
  size: number,
): Promise<MemberPage> {
  const { id, node, except, skip, take } = request;
  const counted =
    farLabel(bucket) === 'Decision' ? [{ id, node, bucket: request.bucket, except }] : [];
  const [read] = await db.read(readHubPage, {
    node,
    bucket: request.bucket,
    except,
    skip,
    end: skip + take,
    counted,
    withSizes: false,
  });
  return restOf(size, read ?? { members: [], read: 0, readOverturned: 0 }, read?.overturned ?? 0);
}

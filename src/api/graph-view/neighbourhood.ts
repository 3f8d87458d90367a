import type { Neo4jGateway } from '../../graph/neo4j-gateway';
import {
  bucketSizes,
  countOutcomes,
  pullMembers,
  readNodes,
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
 * counts), the grouping rule's share of the places left (grouping.ts), then the members it
 * made room for and counts of the rest, which become group nodes. Two statements per level,
 * each bounded by the limit whatever the degrees (a hub's members are ordered in the
 * database, never shipped).
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
    const sizes = new Map(
      (await db.read(bucketSizes, { nodes: frontier })).map((s) => [s.elementId, s.sizes]),
    );
    const demands: Demand[] = [];
    for (const node of frontier) {
      const via = seen.get(node)?.via ?? null;
      BUCKETS.forEach((bucket, i) => {
        const isVia = via !== null && bucketName(via.bucket) === bucketName(bucket);
        const size = (sizes.get(node)?.[i] ?? 0) - (isVia ? 1 : 0);
        if (size > 0) demands.push({ node, bucket, except: isVia ? via.parent : null, size });
      });
    }
    const budget = limit - seen.size - groups.length;
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
    const pages = await readPagesAndCounts(db, requests, demands);
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
 * Pages for the requests that show members; for group-only ones (take 0) a page with no
 * member whose rest is the bucket's size, and for decision buckets the outcome counts.
 */
async function readPagesAndCounts(
  db: Db,
  requests: MemberRequest[],
  demands: readonly Demand[],
): Promise<Map<number, MemberPage>> {
  const showing = requests.filter((r) => r.take > 0);
  const counting = requests.filter((r) => r.take === 0);
  const decisions = counting.filter((r) => farLabel(demands[r.id].bucket) === 'Decision');
  const [pages, outcomes] = await Promise.all([
    showing.length === 0 ? new Map<number, MemberPage>() : readPages(db, showing),
    decisions.length === 0
      ? []
      : db.read(countOutcomes, {
          requests: decisions.map(({ id, node, bucket, except }) => ({ id, node, bucket, except })),
        }),
  ]);
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  for (const r of counting) {
    const o = byId.get(r.id);
    pages.set(r.id, {
      id: r.id,
      members: [],
      rest: demands[r.id].size,
      restOverturned: o?.overturned ?? 0,
      restUpheld: o?.upheld ?? 0,
    });
  }
  return pages;
}

async function readPages(db: Db, requests: MemberRequest[]): Promise<Map<number, MemberPage>> {
  return new Map((await db.read(pullMembers, { requests })).map((p) => [p.id, p]));
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
  const request: MemberRequest = {
    id: 0,
    node: elementIds.of,
    bucket: bucketName(ref),
    except: elementIds.except,
    skip: ref.offset,
    take,
  };
  const page = (await readPages(db, [request])).get(0);
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

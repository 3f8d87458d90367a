/**
 * The grouping rule of graph(), pure. Each level of a view spends what is left of the node
 * limit on the neighbours of the nodes found at the level before, bucket by bucket (a
 * bucket: one node's neighbours along one relationship type and direction). A bucket shows
 * its first `quota` members (by degree, highest first, then key: the neighbours connected
 * to most say most; in the database's order of the node's relationships in a bucket of more
 * than RANKED_BUCKET_MAX members, see graph-view.queries.ts) and, when that is not all of
 * them, one group node stands for the rest.
 *
 * Places are handed out round-robin, one at a time, so small buckets are shown whole and
 * the big ones share what remains: every non-empty bucket first gets its group (one place),
 * then members are added one per bucket per round; a bucket whose last member comes in
 * needs its group no longer, so that member costs nothing. When there are more buckets than
 * places, the first buckets (in the given order) get their group and the rest get nothing:
 * that is the only way something ends neither shown nor grouped (the view is truncated).
 */

export interface Allocation {
  /** Members shown per bucket, in the given order. */
  quotas: number[];
  /** Whether a bucket's group node is drawn (it has members beyond its quota). */
  grouped: boolean[];
  /** Places used: shown members plus group nodes. */
  used: number;
  /** Every member of every bucket is shown or grouped. */
  complete: boolean;
}

export function allocatePlaces(sizes: readonly number[], budget: number): Allocation {
  const quotas = sizes.map(() => 0);
  const grouped = sizes.map(() => false);
  let left = Math.max(0, budget);
  let complete = true;
  for (let i = 0; i < sizes.length; i++) {
    if (sizes[i] <= 0) continue;
    if (left > 0) {
      grouped[i] = true;
      left--;
    } else complete = false;
  }
  let progress = true;
  while (progress) {
    progress = false;
    for (let i = 0; i < sizes.length; i++) {
      if (!grouped[i]) continue;
      const last = quotas[i] + 1 === sizes[i];
      if (!last && left === 0) continue;
      quotas[i]++;
      if (last) grouped[i] = false;
      else left--;
      progress = true;
    }
  }
  const used = quotas.reduce((a, q) => a + q, 0) + grouped.filter(Boolean).length;
  return { quotas, grouped, used, complete };
}

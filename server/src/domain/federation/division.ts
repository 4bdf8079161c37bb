/**
 * Replica division by the largest remainder (Hamilton's method): each part gets the floor of its
 * exact share, and the replicas left go one by one to the largest fractional remainders (ties:
 * the larger weight, then the order given, which is the score order). The result always sums to
 * `total`; a weight of 0 gets nothing unless every weight is 0.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0 || total <= 0) return weights.map(() => 0);
  const w = weights.map((x) => (Number.isFinite(x) && x > 0 ? x : 0));
  const sum = w.reduce((a, b) => a + b, 0);
  const eff = sum > 0 ? w : w.map(() => 1);
  const effSum = sum > 0 ? sum : n;
  const exact = eff.map((x) => (total * x) / effSum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rem: x - Math.floor(x), w: eff[i]! }))
    .sort((a, b) => b.rem - a.rem || b.w - a.w || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) out[order[k]!.i]! += 1;
  return out;
}

/**
 * How many replicas of one reservation fit in the free room: the smaller over the reserved
 * resources. Without reservations, the free CPUs stand for the room (in thousandths).
 */
export function replicasThatFit(
  free: { cpu: number; memory: number },
  reservation: { nanoCpus: number; memoryBytes: number },
): number {
  const fits: number[] = [];
  if (reservation.nanoCpus > 0) fits.push(Math.floor(Math.max(0, free.cpu) / reservation.nanoCpus));
  if (reservation.memoryBytes > 0) fits.push(Math.floor(Math.max(0, free.memory) / reservation.memoryBytes));
  if (!fits.length) return Math.floor(Math.max(0, free.cpu) / 1e6);
  return Math.min(...fits);
}

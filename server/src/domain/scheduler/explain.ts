/** "1 node", "3 nodes". */
export function countNodes(count: number): string {
  return `${count} ${count === 1 ? 'node' : 'nodes'}`;
}

/** Past-tense "to be" agreeing with a node count, for reasons like "were not ready". */
export function was(count: number): string {
  return count === 1 ? 'was' : 'were';
}

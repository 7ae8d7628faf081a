/**
 * Can patients always leave? Over the graph of `next` probabilities, a service is left
 * (discharge) when its `next` sums to less than 1 or it has dropout. Services from which no
 * discharge can be reached form closed loops that would keep patients in treatment forever.
 */
import { LIMITS } from './limits';

export interface RoutingNode {
  id: string;
  /** Next probabilities to known service ids. */
  next: Record<string, number>;
  dropoutShare: number;
}

/**
 * Whether a patient can be discharged straight from this service (dropout, or a next sum
 * below 1, with a chance above the sum tolerance). A `next` target outside
 * the graph (a service that could not be checked) counts as a way out, so that one broken
 * service never makes a false loop report.
 */
function canLeave(node: RoutingNode, known: ReadonlyMap<string, number>): boolean {
  const sum = Object.values(node.next).reduce((a, b) => a + b, 0);
  const outside = Object.keys(node.next).some((id) => node.next[id] > 0 && !known.has(id));
  // The chance of leaving on one pass. Below the sum tolerance it counts as none, for dropout
  // as for a next sum: a dropout of 1e-300 would let a loop through that runs, in effect, forever.
  const leave = node.dropoutShare + (1 - node.dropoutShare) * Math.max(0, 1 - sum);
  return leave > LIMITS.sumTolerance || outside;
}

/**
 * The closed loops: sets of services (each as a cycle of ids, first id repeated at the end)
 * that patients can enter but never leave. Empty when every service can reach discharge.
 */
export function closedLoops(nodes: readonly RoutingNode[]): string[][] {
  const index = new Map(nodes.map((n, i) => [n.id, i] as const));
  const out: number[][] = nodes.map((n) =>
    Object.keys(n.next)
      .filter((id) => n.next[id] > 0 && index.has(id))
      .map((id) => index.get(id)!),
  );
  const into: number[][] = nodes.map(() => []);
  out.forEach((targets, from) => targets.forEach((to) => into[to].push(from)));
  // Services from which discharge is reachable: backwards from those that can be left.
  const leaves = nodes.map((n) => canLeave(n, index));
  const stack = nodes.map((_, i) => i).filter((i) => leaves[i]);
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const u of into[v]) {
      if (!leaves[u]) {
        leaves[u] = true;
        stack.push(u);
      }
    }
  }
  const trapped = nodes.map((_, i) => i).filter((i) => !leaves[i]);
  if (trapped.length === 0) return [];
  // Every edge from a trapped service leads to a trapped one. The bottom strongly connected
  // components among them are the loops; the other trapped services lead into a loop.
  const reach = (start: number): Set<number> => {
    const seen = new Set<number>([start]);
    const todo = [start];
    while (todo.length > 0) for (const w of out[todo.pop()!]) if (!seen.has(w)) (seen.add(w), todo.push(w));
    return seen;
  };
  const reached = new Map(trapped.map((i) => [i, reach(i)] as const));
  const loops: string[][] = [];
  const done = new Set<number>();
  for (const i of trapped) {
    if (done.has(i)) continue;
    const r = reached.get(i)!;
    if (![...r].every((j) => reached.get(j)!.has(i))) continue; // not in a bottom component
    r.forEach((j) => done.add(j));
    loops.push(cycleThrough(i, out, r).map((j) => nodes[j].id));
  }
  return loops;
}

/** A shortest cycle from `start` back to itself inside `within`, as indices (start repeated). */
function cycleThrough(start: number, out: number[][], within: Set<number>): number[] {
  const parent = new Map<number, number>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q];
    for (const w of out[v]) {
      if (!within.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let x = v; x !== start; x = parent.get(x)!) path.push(x);
        path.push(start);
        return [path[0], ...path.slice(1, -1).reverse(), start];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/**
 * graph.reachable and graph.reachable_paths over an adjacency object
 * (node → array or set of neighbours). Nodes absent from the graph are not
 * reached; a neighbour that is absent or already on the path ends the path.
 */
import { keyOf, ObjectValue, SetValue, type Value } from '../value.js';
import { arrayOrSetArg, fn, objectArg } from './args.js';
import type { BuiltinDef } from './types.js';

/** Neighbours of a node; anything but an array or set (e.g. null) means none. */
function neighbours(graph: ObjectValue, node: Value): Value[] | undefined {
  const edges = graph.get(node);
  if (edges === undefined) return undefined;
  if (Array.isArray(edges)) return edges;
  return edges instanceof SetValue ? edges.sorted() : [];
}

function reachable(args: Value[]): SetValue {
  const graph = objectArg(args, 0);
  const queue = [...arrayOrSetArg(args, 1)];
  const reached = new Map<string, Value>();
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (reached.has(keyOf(node))) continue;
    const next = neighbours(graph, node);
    if (next === undefined) continue;
    reached.set(keyOf(node), node);
    for (const n of next) if (!reached.has(keyOf(n))) queue.push(n);
  }
  return new SetValue(reached.values());
}

function reachablePaths(args: Value[]): SetValue {
  const graph = objectArg(args, 0);
  const paths: Value[][] = [];
  const extend = (path: Value[], onPath: Set<string>): void => {
    const next = neighbours(graph, path[path.length - 1]!) ?? [];
    if (next.length === 0) paths.push(path);
    for (const n of next) {
      const k = keyOf(n);
      if (onPath.has(k) || !graph.has(n)) paths.push(path);
      else extend([...path, n], new Set(onPath).add(k));
    }
  };
  for (const start of arrayOrSetArg(args, 1)) {
    if (graph.has(start)) extend([start], new Set([keyOf(start)]));
  }
  return new SetValue(paths);
}

export const graphBuiltins: BuiltinDef[] = [
  fn('graph.reachable', 2, reachable),
  fn('graph.reachable_paths', 2, reachablePaths),
];

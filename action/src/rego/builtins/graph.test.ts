import { describe, expect, it } from 'vitest';
import { ObjectValue, SetValue, toJSON, type Value } from '../value.js';
import { call, j } from './testkit.js';

const graph = (edges: Record<string, Value>) => new ObjectValue(Object.entries(edges));
const set = (...m: string[]) => new SetValue(m);

describe('graph.reachable', () => {
  it('collects nodes reachable from the start set, skipping nodes absent from the graph', () => {
    const g = graph({ a: set('b', 'c'), b: set('d'), c: set('d'), d: set(), e: set('f'), f: set('e'), x: set('x') });
    expect(toJSON(call('graph.reachable', [g, set('b', 'e')])!)).toEqual(['b', 'd', 'e', 'f']);
    expect(toJSON(call('graph.reachable', [g, j(['zzz'])])!)).toEqual([]);
  });

  it('accepts arrays as edge lists', () => {
    expect(toJSON(call('graph.reachable', [graph({ a: j(['b']), b: j([]) }), j(['a'])])!)).toEqual(['a', 'b']);
  });

  it('rejects a graph that is not an object', () => {
    expect(() => call('graph.reachable', [1, j([])])).toThrow('operand 1 must be object but got number');
  });
});

describe('graph.reachable_paths', () => {
  it('ends a path at a leaf, a cycle or a dangling edge', () => {
    expect(toJSON(call('graph.reachable_paths', [graph({ a: set('b'), b: set('c'), c: set('a') }), set('a')])!)).toEqual([['a', 'b', 'c']]);
    expect(toJSON(call('graph.reachable_paths', [graph({ a: j(['b']), b: j(['nonexistent']) }), set('a', 'b')])!)).toEqual([['a', 'b'], ['b']]);
    expect(toJSON(call('graph.reachable_paths', [graph({ a: null }), j(['a'])])!)).toEqual([['a']]);
  });

  it('enumerates every path, revisiting shared nodes', () => {
    const g = graph({ '1': j([]), '2': j(['1']), '3': j(['2']), '4': j(['3', '2']), '5': j(['4']) });
    expect(toJSON(call('graph.reachable_paths', [g, j(['5'])])!)).toEqual([
      ['5', '4', '2', '1'],
      ['5', '4', '3', '2', '1'],
    ]);
  });

  it('requires an array or set of starting nodes', () => {
    expect(() => call('graph.reachable_paths', [graph({}), 'a'])).toThrow('operand 2 must be one of {array, set} but got string');
  });
});

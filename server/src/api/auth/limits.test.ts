import * as graphql from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitRules } from './limits.js';

const schema = graphql.buildSchema(`
  type Item { a: Int b: Int children: [Item!]! }
  type Page { items: [Item!]! }
  type Query { item: Item items: [Item!]! page(limit: Int): Page! }
`);
const check = (q: string, limits = { maxDepth: 4, maxAliases: 3, maxCost: 1000 }) =>
  graphql
    .validate(schema, graphql.parse(q), [...graphql.specifiedRules, ...limitRules(graphql, limits)])
    .map((e) => e.extensions.code ?? e.message);

describe('query limits', () => {
  it('lets ordinary queries through', () => {
    expect(check('{ item { a b children { a } } }')).toEqual([]);
  });

  it('refuses depth, following fragments', () => {
    const roomy = { maxDepth: 4, maxAliases: 3, maxCost: 0 };
    expect(check('{ item { children { children { a } } } }', roomy)).toEqual([]);
    expect(check('{ item { children { children { children { a } } } } }', roomy)).toEqual(['QUERY_TOO_DEEP']);
    expect(
      check('{ item { ...F } } fragment F on Item { children { children { children { a } } } }', roomy),
    ).toEqual(['QUERY_TOO_DEEP']);
  });

  it('refuses alias floods', () => {
    expect(check('{ a: item { a } b: item { a } c: item { a } d: item { a } }')).toEqual([
      'TOO_MANY_ALIASES',
    ]);
  });

  it('estimates cost from list sizes and page limits', () => {
    expect(check('{ items { a b } }')).toEqual([]); // 1 + 10 × 2
    expect(check('{ items { children { children { a b } } } }')).toEqual(['QUERY_TOO_COSTLY']); // 10 × 10 × 10 × 2
    expect(check('{ page(limit: 400) { items { a b } } }')).toEqual([]); // 1 + 1 + 400 × 2 = 802
    expect(check('{ page(limit: 600) { items { a b } } }')).toEqual(['QUERY_TOO_COSTLY']);
  });
});

import type * as GraphQL from 'graphql';
import type { ASTVisitor, GraphQLOutputType, SelectionSetNode, ValidationContext } from 'graphql';

/** The graphql module the schema was built with (its realm: instanceof checks must agree). */
export type GraphqlModule = typeof GraphQL;

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** 0: no cost limit. */
  maxCost: number;
}

/**
 * The codes of the limit rules below: one code per failure on HTTP and graphql-ws alike (Apollo
 * reports validation errors as GRAPHQL_VALIDATION_FAILED; api/format-error.ts gives them back).
 */
export const LIMIT_CODES: ReadonlySet<string> = new Set([
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
]);

/** Most tokens a document may have; parsing stops there (an oversized query costs nothing more). */
export const MAX_TOKENS = 10_000;
/** What a list field multiplies its selection by when it has no limit-like argument. */
const DEFAULT_LIST_SIZE = 10;
const LIMIT_ARGS = new Set(['limit', 'first', 'last', 'tail']);

interface Tally {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Validation rules that refuse abusive documents before anything runs: nesting deeper than
 * maxDepth, more than maxAliases aliases, or an estimated cost above maxCost (each field costs 1,
 * times the sizes of the lists around it: a list field's `limit`/`first`/`tail` argument (or its page
 * field's), else 10).
 * Fragments are followed (and counted once per use); introspection counts like any other field.
 */
export function limitRules(
  g: GraphqlModule,
  limits: QueryLimits,
): ((ctx: ValidationContext) => ASTVisitor)[] {
  const rule = (ctx: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const schema = ctx.getSchema();
      const root =
        node.operation === 'query'
          ? schema.getQueryType()
          : node.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      const t = walk(g, ctx, node.selectionSet, root ?? undefined, 1, 1, null, new Set());
      const name = node.name ? ` ${node.name.value}` : '';
      if (t.depth > limits.maxDepth)
        ctx.reportError(
          new g.GraphQLError(
            `operation${name} is nested ${t.depth} levels deep; the limit is ${limits.maxDepth}`,
            {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_DEEP', limit: limits.maxDepth, depth: t.depth },
            },
          ),
        );
      if (t.aliases > limits.maxAliases)
        ctx.reportError(
          new g.GraphQLError(
            `operation${name} uses ${t.aliases} aliases; the limit is ${limits.maxAliases}`,
            {
              nodes: [node],
              extensions: { code: 'TOO_MANY_ALIASES', limit: limits.maxAliases, aliases: t.aliases },
            },
          ),
        );
      if (limits.maxCost > 0 && t.cost > limits.maxCost)
        ctx.reportError(
          new g.GraphQLError(
            `operation${name} has an estimated cost of ${Math.round(t.cost)}; the limit is ${limits.maxCost}`,
            {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COSTLY', limit: limits.maxCost, cost: Math.round(t.cost) },
            },
          ),
        );
      return false; // nothing below needs visiting again
    },
  });
  return [rule];
}

function walk(
  g: GraphqlModule,
  ctx: ValidationContext,
  set: SelectionSetNode,
  parent: GraphQL.GraphQLNamedType | undefined,
  depth: number,
  mult: number,
  carry: number | null,
  fragments: Set<string>,
): Tally {
  const out: Tally = { depth, aliases: 0, cost: 0 };
  for (const sel of set.selections) {
    if (sel.kind === g.Kind.FIELD) {
      if (sel.alias) out.aliases++;
      out.cost += mult;
      const def =
        parent && (g.isObjectType(parent) || g.isInterfaceType(parent))
          ? parent.getFields()[sel.name.value]
          : undefined;
      if (!sel.selectionSet) continue;
      // A page field (events(limit: 1000) { items }) hands its limit down to the list below it.
      const own = limitArg(g, sel.arguments ?? []);
      const list = !!def && isList(g, def.type);
      const factor = list ? (own ?? carry ?? DEFAULT_LIST_SIZE) : 1;
      const pass = list ? null : (own ?? carry);
      const child = walk(
        g,
        ctx,
        sel.selectionSet,
        def ? g.getNamedType(def.type) : undefined,
        depth + 1,
        mult * factor,
        pass,
        fragments,
      );
      add(out, child);
    } else if (sel.kind === g.Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? ctx.getSchema().getType(sel.typeCondition.name.value) : parent;
      add(out, walk(g, ctx, sel.selectionSet, t ?? undefined, depth, mult, carry, fragments));
    } else if (sel.kind === g.Kind.FRAGMENT_SPREAD) {
      const name = sel.name.value;
      const frag = ctx.getFragment(name);
      if (!frag || fragments.has(name)) continue; // unknown or cyclic: other rules report it
      const next = new Set(fragments).add(name);
      add(
        out,
        walk(
          g,
          ctx,
          frag.selectionSet,
          ctx.getSchema().getType(frag.typeCondition.name.value) ?? undefined,
          depth,
          mult,
          carry,
          next,
        ),
      );
    }
  }
  return out;
}

function add(into: Tally, t: Tally): void {
  into.depth = Math.max(into.depth, t.depth);
  into.aliases += t.aliases;
  into.cost += t.cost;
}

function isList(g: GraphqlModule, t: GraphQLOutputType): boolean {
  const n = g.getNullableType(t);
  return g.isListType(n);
}

function limitArg(g: GraphqlModule, args: readonly GraphQL.ArgumentNode[]): number | null {
  for (const a of args)
    if (LIMIT_ARGS.has(a.name.value) && a.value.kind === g.Kind.INT)
      return Math.min(Math.max(1, Number(a.value.value)), 10_000);
  return null;
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  type DefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

// The dashboard's GraphQL documents, read as text (server's tsc must not compile web sources).
export const webSrc = new URL('../../../web/src/', import.meta.url).pathname;

export interface WebDocument {
  /** Path under web/src ("graphql/services.ts"). */
  file: string;
  /** The text inside graphql(`…`). */
  text: string;
  definitions: readonly DefinitionNode[];
}

/** web/src's .ts and .tsx files, without the generated src/gql/. */
export function sourceFiles(dir: string = path.normalize(webSrc)): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory())
      return name === 'gql' && dir === path.normalize(webSrc) ? [] : sourceFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Every graphql(`…`) document under web/src except the generated src/gql/. */
export function webDocuments(): WebDocument[] {
  return sourceFiles(path.normalize(webSrc)).flatMap((p) => {
    const source = readFileSync(p, 'utf8');
    return [...source.matchAll(/\bgraphql\(`([\s\S]*?)`\)/g)].map((m) => ({
      file: path.relative(webSrc, p),
      text: m[1]!,
      definitions: parse(m[1]!).definitions,
    }));
  });
}

export function webFragments(docs = webDocuments()): Map<string, FragmentDefinitionNode> {
  const out = new Map<string, FragmentDefinitionNode>();
  for (const d of docs.flatMap((doc) => doc.definitions))
    if (d.kind === Kind.FRAGMENT_DEFINITION) out.set(d.name.value, d);
  return out;
}

/** A selection set with its fragment spreads replaced by their fields (same-name fields merged). */
export function inlineFragments(
  sel: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode> = webFragments(),
): SelectionSetNode {
  const fields = new Map<string, FieldNode>();
  const add = (s: SelectionSetNode) => {
    for (const x of s.selections) {
      if (x.kind !== Kind.FIELD)
        add(x.kind === Kind.FRAGMENT_SPREAD ? fragments.get(x.name.value)!.selectionSet : x.selectionSet);
      else {
        const key = x.alias?.value ?? x.name.value;
        const seen = fields.get(key)?.selectionSet?.selections ?? [];
        const sub = x.selectionSet && {
          kind: Kind.SELECTION_SET,
          selections: [...seen, ...x.selectionSet.selections],
        };
        fields.set(key, { ...x, selectionSet: sub && inlineFragments(sub as SelectionSetNode, fragments) });
      }
    }
  };
  add(sel);
  return { kind: Kind.SELECTION_SET, selections: [...fields.values()] };
}

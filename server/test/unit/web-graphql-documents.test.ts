import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { sourceFiles, webDocuments, webSrc } from './web-documents.js';

// The dashboard keeps its operations in web/src/graphql/ and one fragment per entity in
// web/src/graphql/fragments.ts. These checks read the documents as text and check them against
// the emitted schema, so drift or a copied selection set fails here, not in a browser.
const schema = buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
const docs = webDocuments();
const all: DocumentNode = { kind: Kind.DOCUMENT, definitions: docs.flatMap((d) => d.definitions) };

/** Where a selection set sits: "ServiceFields" or "query Service > service > tasks". */
interface SelectionSite {
  type: string;
  where: string;
  leaves: string[];
}

/** Every selection set of every document with the leaf fields it selects itself (not by a spread). */
function selectionSites(): SelectionSite[] {
  const sites: SelectionSite[] = [];
  for (const def of all.definitions) {
    const typeInfo = new TypeInfo(schema);
    const path: string[] = [];
    const top =
      def.kind === Kind.FRAGMENT_DEFINITION
        ? def.name.value
        : def.kind === Kind.OPERATION_DEFINITION
          ? `${def.operation} ${def.name?.value}`
          : '?';
    visit(
      def,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter: (f) => void path.push(f.name.value),
          leave: () => void path.pop(),
        },
        SelectionSet: (sel) => {
          const parent = typeInfo.getParentType();
          if (!parent) return;
          const leaves = sel.selections.flatMap((s) =>
            s.kind === Kind.FIELD && !s.selectionSet ? [s.name.value] : [],
          );
          sites.push({ type: getNamedType(parent).name, where: [top, ...path].join(' > '), leaves });
        },
      }),
    );
  }
  return sites;
}

describe('web GraphQL documents', () => {
  it('every operation and fragment in web/src parses and validates against schema/schema.graphql', () => {
    expect(docs.length).toBeGreaterThan(40);
    expect(validate(schema, all).map((e) => e.message)).toEqual([]);
  });

  it('operations live in web/src/graphql/ and fragments in web/src/graphql/fragments.ts', () => {
    const misplaced = docs.flatMap((d) =>
      d.definitions.flatMap((def) => {
        const name = 'name' in def && def.name ? def.name.value : '?';
        if (def.kind === Kind.FRAGMENT_DEFINITION)
          return d.file === 'graphql/fragments.ts' ? [] : [`fragment ${name} in ${d.file}`];
        return d.file.startsWith('graphql/') && d.file !== 'graphql/fragments.ts'
          ? []
          : [`${name} in ${d.file}`];
      }),
    );
    expect(misplaced).toEqual([]);
    // Nor as a plain string sent by hand (unchecked by codegen): `query Session { … }`.
    const plain = sourceFiles().flatMap((p) =>
      [
        ...readFileSync(p, 'utf8').matchAll(
          /(?<!graphql\()`\s*(query|mutation|subscription|fragment)\s+\w+\s*[({]/g,
        ),
      ].map((m) => `${p.slice(webSrc.length)}: ${m[0]}`),
    );
    expect(plain).toEqual([]);
  });

  it('one fragment per entity, named after its type (UpdateConfig: UpdateConfigFields)', () => {
    const fragments = all.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d] : []));
    const types = fragments.map((f) => f.typeCondition.name.value);
    expect(types.filter((t, i) => types.indexOf(t) !== i)).toEqual([]);
    expect(
      fragments
        .filter((f) => f.name.value !== `${f.typeCondition.name.value}Fields`)
        .map((f) => f.name.value),
    ).toEqual([]);
  });

  it('no two selection sets on one type repeat three or more fields: the repeated part is a fragment', () => {
    const sites = selectionSites();
    const repeats: string[] = [];
    sites.forEach((a, i) =>
      sites.slice(i + 1).forEach((b) => {
        if (a.type !== b.type) return;
        const shared = a.leaves.filter((l) => b.leaves.includes(l));
        if (shared.length >= 3) repeats.push(`${a.type} {${shared.join(' ')}} in ${a.where} and ${b.where}`);
      }),
    );
    expect(repeats).toEqual([]);
  });
});

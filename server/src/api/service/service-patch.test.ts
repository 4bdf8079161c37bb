import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { applyPatch, buildServiceSpec, specToInput } from '../../app/service-spec.js';

const current = specToInput(
  buildServiceSpec({
    name: 'web',
    image: 'local/webapp:v1',
    env: [
      { key: 'A', value: '1' },
      { key: 'B', value: '2' },
    ],
    resources: { cpuLimit: 0.5, memoryLimit: '64m' },
    placement: { constraints: ['node.labels.zone == eu'], spread: ['node.id'] },
    update: { parallelism: 2 },
  }).spec,
);

describe('applyPatch (patchService)', () => {
  it('replaces the fields given, merges the blocks field by field, keeps the rest', () => {
    const { input, errors } = applyPatch(current, {
      image: 'local/webapp:v2',
      resources: { memoryLimit: '128m' },
      placement: { maxReplicasPerNode: 1 },
      update: { order: 'START_FIRST' },
      labels: [{ key: 'team', value: 'x' }],
    });
    expect(errors).toEqual([]);
    expect(input).toEqual({
      ...current,
      image: 'local/webapp:v2',
      resources: { ...current.resources, memoryLimit: '128m' },
      placement: { ...current.placement, maxReplicasPerNode: 1 },
      update: { ...current.update, order: 'START_FIRST' },
      labels: [{ key: 'team', value: 'x' }],
    });
  });

  it('sets and removes variables in place; removing one that is not set names it', () => {
    const ok = applyPatch(current, {
      envAdd: [
        { key: 'B', value: '3' },
        { key: 'C', value: '4' },
      ],
      envRemove: ['A'],
    });
    expect(ok.input.env).toEqual([
      { key: 'B', value: '3' },
      { key: 'C', value: '4' },
    ]);
    expect(applyPatch(current, { envRemove: ['A', 'NOPE'] }).errors).toEqual([
      { field: 'envRemove[1]', reason: 'variable "NOPE" is not set' },
    ]);
  });

  it('null and absent fields change nothing', () => {
    expect(applyPatch(current, { image: null, placement: { constraints: null } }).input).toEqual(current);
  });

  it('every ServiceSpecInput field but the name can be patched (emitted schema)', () => {
    const schema = buildSchema(
      readFileSync(new URL('../../../../schema/schema.graphql', import.meta.url), 'utf8'),
    );
    const fields = (t: string) => Object.keys((schema.getType(t) as GraphQLInputObjectType).getFields());
    const patchable = new Set(fields('ServicePatchInput'));
    expect(fields('ServiceSpecInput').filter((f) => f !== 'name' && !patchable.has(f))).toEqual([]);
  });
});

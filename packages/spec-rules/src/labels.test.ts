import { describe, expect, it } from 'vitest';
import { checkLabels } from './labels.js';

describe('checkLabels', () => {
  it('builds a map and refuses reserved, bad and duplicate keys', () => {
    expect(
      checkLabels([
        { key: 'stevedore.test', value: 'x' },
        { key: 'team', value: 'a' },
      ]),
    ).toEqual({
      value: { 'stevedore.test': 'x', team: 'a' },
      errors: [],
    });
    expect(
      checkLabels([
        { key: 'stevedore.managed', value: 'false' },
        { key: 'bad key', value: '' },
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ]).errors,
    ).toEqual([
      { field: 'labels[0].key', reason: 'label key "stevedore.managed" is reserved for Stevedore' },
      {
        field: 'labels[1].key',
        reason: 'label key "bad key" may use only letters, digits, ".", "_", "/" and "-"',
      },
      { field: 'labels[3].key', reason: '"a" is already set by labels[2]' },
    ]);
  });
});

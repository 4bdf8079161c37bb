import { describe, expect, it } from 'vitest';
import { diffSpecs } from './spec-diff.js';

describe('diffSpecs', () => {
  it('names changed leaves by dotted path', () => {
    expect(
      diffSpecs(
        { image: 'a:1', env: { A: '1' }, update: { parallelism: 1 }, ports: [{ hostPort: 80 }] },
        { image: 'a:2', env: { A: '1', B: '2' }, update: { parallelism: 2 }, ports: [{ hostPort: 81 }] },
      ),
    ).toEqual([
      { path: 'env.B', from: null, to: '2' },
      { path: 'image', from: 'a:1', to: 'a:2' },
      { path: 'ports[0].hostPort', from: 80, to: 81 },
      { path: 'update.parallelism', from: 1, to: 2 },
    ]);
  });

  it('shows scalar lists whole and nothing for equal specs', () => {
    expect(diffSpecs({ command: ['sh', '-c', 'x'] }, { command: ['sh', '-c', 'y'] })).toEqual([
      { path: 'command', from: ['sh', '-c', 'x'], to: ['sh', '-c', 'y'] },
    ]);
    expect(diffSpecs({ a: [1, 2], b: { c: null } }, { a: [1, 2], b: { c: null } })).toEqual([]);
  });
});

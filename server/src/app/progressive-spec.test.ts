import { describe, expect, it } from 'vitest';
import { buildServiceSpec, specToInput, type ServiceSpecInput } from './service-spec.js';

const base = (over: Partial<ServiceSpecInput> = {}): ServiceSpecInput => ({
  name: 'web',
  image: 'local/webapp:v1',
  ports: [{ containerPort: 8080 }],
  replicas: 3,
  ingress: { port: 18080 },
  ...over,
});
const fields = (input: ServiceSpecInput) => buildServiceSpec(input).errors.map((e) => e.field);

describe('canary and blue-green settings', () => {
  it('are kept as given and survive the round trip through specToInput', () => {
    const { spec, errors } = buildServiceSpec(
      base({
        update: {
          canary: 1,
          canarySteps: [
            { weight: 20, durationMs: 5000 },
            { weight: 100, durationMs: 0 },
          ],
          analysis: { maxErrorRateIncrease: 0.1, minRequests: 30 },
        },
      }),
    );
    expect(errors).toEqual([]);
    expect(spec.update).toMatchObject({
      canary: 1,
      canarySteps: [
        { weight: 20, durationMs: 5000 },
        { weight: 100, durationMs: 0 },
      ],
      analysis: { maxErrorRateIncrease: 0.1, minRequests: 30, maxP95Ratio: 2, minP95IncreaseMs: 50 },
    });
    expect(buildServiceSpec(specToInput(spec)).spec).toEqual(spec);
  });

  it('name the field of a bad value', () => {
    expect(
      fields(
        base({
          update: {
            canary: 1,
            canarySteps: [
              { weight: 50, durationMs: 1000 },
              { weight: 20, durationMs: -1 },
            ],
            analysis: { maxP95Ratio: -2 },
          },
        }),
      ).sort(),
    ).toEqual([
      'update.analysis.maxP95Ratio',
      'update.canarySteps[1].durationMs',
      'update.canarySteps[1].weight',
    ]);
    expect(fields(base({ update: { canary: 1, blueGreen: true } }))).toEqual(['update.blueGreen']);
    expect(fields(base({ update: { blueGreenKeepMs: 1.5, blueGreen: true } }))).toEqual([
      'update.blueGreenKeepMs',
    ]);
  });

  it('need an ingress to split the requests, and belong in update, not rollback', () => {
    expect(fields(base({ ingress: null, update: { canary: 2 } }))).toEqual(['update.canary']);
    expect(fields(base({ ingress: null, update: { blueGreen: true } }))).toEqual(['update.blueGreen']);
    expect(fields(base({ rollback: { canary: 1, blueGreen: false } }))).toEqual(['rollback.canary']);
    expect(fields(base({ rollback: { parallelism: 2, canary: 0 } }))).toEqual([]);
  });
});

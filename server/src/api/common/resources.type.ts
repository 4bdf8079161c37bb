import { Field, Float, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { Resources } from '../../domain/resources.js';
import { NANO_CPUS_PER_CPU } from '../../domain/resources.js';

@ObjectType('Resources', {
  description: 'CPU and memory, in engine units and in CPUs',
  simpleResolvers: true,
})
export class ResourcesType {
  @Field(() => SafeIntResolver, { description: 'NanoCpus: 1e9 is one CPU' })
  nanoCpus: number;

  @Field(() => Float, { description: 'CPUs (nanoCpus / 1e9); 0: none set' })
  cpus: number;

  @Field(() => SafeIntResolver, { description: 'Memory, in bytes; 0: none set' })
  memoryBytes: number;

  static from(r: Resources): ResourcesType {
    return { nanoCpus: r.nanoCpus, cpus: r.nanoCpus / NANO_CPUS_PER_CPU, memoryBytes: r.memoryBytes };
  }
}

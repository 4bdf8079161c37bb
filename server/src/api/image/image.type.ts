import { Field, ID, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { ContainerSummary } from '../../app/containers.js';
import type { ImageHistoryEntry, ImageSummary } from '../../app/images.js';
import { KeyValue, toKeyValues } from '../common/key-value.js';
import { UnreachableNode } from '../common/unreachable-node.js';
import { ContainerState } from '../container/container.type.js';
import { NodeType } from '../node/node.type.js';

@ObjectType('ImageContainer', { description: 'A container created from an image' })
export class ImageContainerType {
  @Field(() => ID, { description: "The engine's container id" })
  id: string;

  @Field(() => String, { description: 'Container name' })
  name: string;

  @Field(() => ContainerState, { description: 'Its engine state' })
  state: ContainerState;
}

@ObjectType('Image', { description: 'An image on one node' })
export class ImageType {
  @Field(() => ID, { description: 'Image id (sha256:...)' })
  id: string;

  @Field(() => NodeType, { description: 'The node holding it' })
  node: NodeType;

  @Field(() => [String], { description: 'repo:tag names; empty for a dangling image' })
  repoTags: string[];

  @Field(() => [String], {
    description: 'repo@sha256:... digests from registries it was pulled from or pushed to',
  })
  repoDigests: string[];

  @Field(() => SafeIntResolver, { description: 'Bytes' })
  sizeBytes: number;

  @Field(() => Date, { description: 'When the image was built' })
  createdAt: Date;

  @Field(() => [KeyValue], { description: 'Labels set in the image' })
  labels: KeyValue[];

  @Field(() => [ImageContainerType], { description: 'Containers (any state) on its node using it' })
  containers: ImageContainerType[];
}

@ObjectType({ description: 'Images of the nodes asked; DOWN or failing nodes are in unreachableNodes' })
export class ImageList {
  @Field(() => [ImageType], { description: 'The images of every engine that answered' })
  items: ImageType[];

  @Field(() => [UnreachableNode], {
    description: 'Nodes whose engine did not answer; their images are missing from items',
  })
  unreachableNodes: UnreachableNode[];
}

@ObjectType('ImageLayer', { description: 'One step of an image history, newest first' })
export class ImageLayerType {
  @Field(() => String, { description: 'Image id of the step, or "<missing>" for layers built elsewhere' })
  id: string;

  @Field(() => Date, { description: 'When the layer was made' })
  createdAt: Date;

  @Field(() => String, { description: 'The instruction that made it' })
  createdBy: string;

  @Field(() => SafeIntResolver, { description: 'Size the layer adds, in bytes' })
  sizeBytes: number;

  @Field(() => [String], { description: 'repo:tag names pointing at this layer; empty: none' })
  tags: string[];

  @Field(() => String, { description: "Comment of the layer's build step; empty: none" })
  comment: string;
}

export function toImage(node: NodeType, i: ImageSummary, containers: ContainerSummary[]): ImageType {
  return {
    id: i.id,
    node,
    repoTags: i.repoTags.filter((t) => t !== '<none>:<none>'),
    repoDigests: i.repoDigests.filter((d) => d !== '<none>@<none>'),
    sizeBytes: i.sizeBytes,
    createdAt: i.createdAt,
    labels: toKeyValues(i.labels),
    containers: containers
      .filter((c) => c.imageId === i.id)
      .map((c) => ({ id: c.id, name: c.name, state: c.state.toUpperCase() as ContainerState })),
  };
}

export const toImageLayer = (h: ImageHistoryEntry): ImageLayerType => ({ ...h });

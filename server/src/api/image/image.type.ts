import { connectionType } from '../common/connection.js';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { ContainerSummary } from '../../app/containers.js';
import type { ImageHistoryEntry, ImagePull, ImagePullState, ImageSummary } from '../../app/images.js';
import { LABEL } from '../../app/labels.js';
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

@ObjectType('ImageServiceUse', { description: 'A Stevedore service with containers of an image on its node' })
export class ImageServiceUseType {
  @Field(() => ID, { description: 'Service id' })
  id: string;

  @Field(() => String, { description: 'Service name' })
  name: string;

  @Field(() => Int, { description: 'Its containers (any state) on the node created from the image' })
  containers: number;
}

@ObjectType('Image', { description: 'An image on one node' })
export class ImageType {
  @Field(() => ID, { description: 'Image id (sha256:...)' })
  id: string;

  @Field(() => NodeType, { description: 'The node holding it' })
  node: NodeType;

  @Field(() => [String], { description: 'Its repo:tag names; empty for a dangling image' })
  repoTags: string[];

  @Field(() => [String], {
    description: 'Its repo@sha256:... digests, from registries it was pulled from or pushed to',
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

  @Field(() => [ImageServiceUseType], {
    description:
      "Services whose containers on its node use it (by the containers' stevedore.service label); empty when none",
  })
  services: ImageServiceUseType[];
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

@ObjectType('ImageConnection', {
  description:
    'A page of the images of the nodes asked (Relay cursor connection); DOWN or failing nodes are in unreachableNodes',
})
export class ImageConnection extends connectionType(ImageType, 'Image', 'image') {
  @Field(() => [UnreachableNode], {
    description: 'Nodes whose engine did not answer; their images are missing from the list and totalCount',
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

  @Field(() => [String], { description: 'The repo:tag names pointing at this layer; empty: none' })
  tags: string[];

  @Field(() => String, { description: "Comment of the layer's build step; empty: none" })
  comment: string;
}

export function toImage(node: NodeType, i: ImageSummary, containers: ContainerSummary[]): ImageType {
  const mine = containers.filter((c) => c.imageId === i.id);
  const services = new Map<string, ImageServiceUseType>();
  for (const c of mine) {
    const id = c.labels[LABEL.service];
    if (!id) continue;
    const s = services.get(id) ?? { id, name: c.labels[LABEL.serviceName] ?? id, containers: 0 };
    s.containers++;
    services.set(id, s);
  }
  return {
    services: [...services.values()].sort((a, b) => a.name.localeCompare(b.name)),
    id: i.id,
    node,
    repoTags: i.repoTags.filter((t) => t !== '<none>:<none>'),
    repoDigests: i.repoDigests.filter((d) => d !== '<none>@<none>'),
    sizeBytes: i.sizeBytes,
    createdAt: i.createdAt,
    labels: toKeyValues(i.labels),
    containers: mine.map((c) => ({ id: c.id, name: c.name, state: c.state.toUpperCase() as ContainerState })),
  };
}

export const toImageLayer = (h: ImageHistoryEntry): ImageLayerType => ({ ...h });

export enum ImagePullStateEnum {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(ImagePullStateEnum, {
  name: 'ImagePullState',
  description: 'Where a pull started with startImagePull stands',
  valuesConfig: {
    RUNNING: { description: 'The engine is still pulling' },
    COMPLETED: { description: 'Every layer is in; image holds the result and percent is 100' },
    FAILED: { description: 'The engine or registry refused or broke off; error says why' },
  },
});

@ObjectType('ImagePull', {
  description: 'A pull of an image onto one node and how far it has come (startImagePull, imagePull)',
})
export class ImagePullType {
  @Field(() => ID, { description: 'Pull id, for the imagePull subscription; kept 10 minutes after the end' })
  id: string;

  @Field(() => NodeType, { description: 'The node pulling' })
  node: NodeType;

  @Field(() => String, { description: 'The reference pulled, with ":latest" added when it had no tag' })
  ref: string;

  @Field(() => ImagePullStateEnum, { description: 'RUNNING, then COMPLETED or FAILED' })
  state: ImagePullStateEnum;

  @Field(() => Int, {
    description:
      '0..100: each layer is an equal share, its download the first half and its extraction the second; 100 only once COMPLETED',
  })
  percent: number;

  @Field(() => Int, { description: 'Layers the engine has announced so far' })
  layers: number;

  @Field(() => Int, { description: 'Layers pulled or already present' })
  layersDone: number;

  @Field(() => SafeIntResolver, { description: 'Bytes downloaded so far, over every layer' })
  downloadedBytes: number;

  @Field(() => SafeIntResolver, {
    description: 'Sum of the layer sizes announced so far, in bytes (layers already present count 0)',
  })
  totalBytes: number;

  @Field(() => String, { description: 'The engine\'s latest status line, e.g. "Downloading 4f4fb700ef54"' })
  status: string;

  @Field(() => String, { nullable: true, description: 'Why it FAILED; null otherwise' })
  error: string | null;

  @Field(() => Date, { description: 'When the pull started' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended; null while RUNNING' })
  finishedAt: Date | null;

  @Field(() => ImageType, { nullable: true, description: 'The image pulled; null until COMPLETED' })
  image: ImageType | null;
}

export function toImagePull(node: NodeType, p: ImagePull): ImagePullType {
  return {
    id: p.id,
    node,
    ref: p.ref,
    state: p.state as ImagePullState as ImagePullStateEnum,
    percent: p.percent,
    layers: p.layers,
    layersDone: p.layersDone,
    downloadedBytes: p.downloadedBytes,
    totalBytes: p.totalBytes,
    status: p.status,
    error: p.error,
    startedAt: p.startedAt,
    finishedAt: p.finishedAt,
    image: p.image ? toImage(node, p.image.image, p.image.containers) : null,
  };
}

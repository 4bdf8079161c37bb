import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { connection, PageArgs } from '../common/connection.js';
import { visibleScope } from '../auth/visibility.js';
import type { SortOrder } from '../../domain/paging.js';
import { LatestSlot, QueueIterator } from '../../app/iterators.js';
import type { Node } from '../../domain/node.js';
import type { RegistryAuth } from '../../app/images.js';
import type { Context } from '../context.js';
import { NodeType } from '../node/node.type.js';
import { RegistryAuthInput } from './image.input.js';
import type { ImagePull, NodeImage } from '../../app/images.js';
import {
  ImageConnection,
  ImageLayerType,
  ImageList,
  ImagePullType,
  ImageType,
  toImage,
  toImageLayer,
  toImagePull,
} from './image.type.js';

const view = (ctx: Context, i: NodeImage): ImageType =>
  toImage(NodeType.from(i.node, ctx.core.nodes.runtimeOf(i.node.id)), i.image, i.containers);

const toAuth = (a: RegistryAuthInput | undefined | null): RegistryAuth | undefined =>
  a ? { username: a.username, password: a.password, serveraddress: a.serverAddress } : undefined;

const NODE = 'Node id or name';
const REF = 'Image reference (repo:tag, repo@digest) or id';

/** imagesConnection's sort: newest first, then node and image id (one image may be on many nodes). */
const IMAGE_ORDER: SortOrder<NodeImage> = {
  name: 'CREATED:DESC',
  key: (i) => [i.image.createdAt.getTime(), i.node.id, i.image.id],
  directions: ['DESC', 'ASC', 'ASC'],
};

/** Each node's view built once for a whole list. */
function nodeViews(ctx: Context): (n: Node) => NodeType {
  const views = new Map<string, NodeType>();
  return (n) => {
    let v = views.get(n.id);
    if (!v) views.set(n.id, (v = NodeType.from(n, ctx.core.nodes.runtimeOf(n.id))));
    return v;
  };
}

@Resolver()
export class ImageResolver {
  @Query(() => ImageConnection, {
    description:
      'Images of one node, or of every node (each row names its node), a page at a time, newest first; unreachable nodes are listed',
  })
  async imagesConnection(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('node', () => ID, { nullable: true, description: NODE }) node?: string,
  ): Promise<ImageConnection> {
    const r = await ctx.core.images.list(node ?? undefined);
    const scope = visibleScope(ctx);
    const items = scope ? r.items.filter((i) => scope.cluster(i.node.clusterId)) : r.items;
    const nodeView = nodeViews(ctx);
    return {
      ...connection(items, IMAGE_ORDER, page, (p) =>
        p.map((i) => toImage(nodeView(i.node), i.image, i.containers)),
      ),
      unreachableNodes: r.unreachable
        .filter((u) => !scope || scope.cluster(u.node.clusterId))
        .map((u) => ({ id: u.node.id, name: u.node.name, reason: u.reason })),
    };
  }

  @Query(() => ImageList, {
    deprecationReason: 'use imagesConnection (paged); this list goes in the next release',
    description:
      'Images of one node, or of every node (each row names its node); unreachable nodes are listed',
  })
  async images(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { nullable: true, description: NODE }) node?: string,
  ): Promise<ImageList> {
    const r = await ctx.core.images.list(node ?? undefined);
    const nodeView = nodeViews(ctx);
    return {
      items: r.items.map((i) => toImage(nodeView(i.node), i.image, i.containers)),
      unreachableNodes: r.unreachable.map((u) => ({ id: u.node.id, name: u.node.name, reason: u.reason })),
    };
  }

  @Query(() => ImageType, { nullable: true, description: 'One image on a node; null when the node lacks it' })
  async image(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: NODE }) node: string,
    @Arg('ref', () => String, { description: REF }) ref: string,
  ): Promise<ImageType | null> {
    const r = await ctx.core.images.get(node, ref);
    return r ? view(ctx, r) : null;
  }

  @Query(() => [ImageLayerType], { description: 'The steps that built an image, newest first' })
  async imageHistory(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: NODE }) node: string,
    @Arg('ref', () => String, { description: REF }) ref: string,
  ): Promise<ImageLayerType[]> {
    return (await ctx.core.images.history(node, ref)).map(toImageLayer);
  }

  @Mutation(() => ImageType, { description: 'Pulls an image onto a node (":latest" when no tag is given)' })
  async pullImage(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: NODE }) node: string,
    @Arg('ref', () => String, { description: 'Image reference, e.g. registry.example.com/team/app:v1' })
    ref: string,
    @Arg('auth', () => RegistryAuthInput, {
      description: 'Registry credentials; null: anonymous',
      nullable: true,
    })
    auth?: RegistryAuthInput,
  ): Promise<ImageType> {
    return view(ctx, await ctx.core.images.pull(node, ref, toAuth(auth)));
  }

  @Mutation(() => ImagePullType, {
    description:
      'Starts pulling an image onto a node (":latest" when no tag is given) and returns at once; follow it with ' +
      'the imagePull subscription. A registry refusal ends the pull FAILED (and an image.pull.failed event)',
  })
  startImagePull(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: NODE }) node: string,
    @Arg('ref', () => String, { description: 'e.g. registry.example.com:5000/team/app:v1' }) ref: string,
    @Arg('auth', () => RegistryAuthInput, {
      description: 'Registry credentials; null: anonymous',
      nullable: true,
    })
    auth?: RegistryAuthInput,
  ): ImagePullType {
    const p = ctx.core.images.startPull(node, ref, toAuth(auth));
    return toImagePull(NodeType.from(p.node, ctx.core.nodes.runtimeOf(p.node.id)), p);
  }

  @Subscription(() => ImagePullType, {
    description:
      'A pull started with startImagePull: its state now, then each change (at most every 200 ms; a slow client ' +
      'gets the newest), ending after the COMPLETED or FAILED one',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const it = new QueueIterator<ImagePull>(new LatestSlot());
      const unwatch = ctx.core.images.watchPull(String(args.id ?? ''), (p) => {
        it.push(p);
        if (p.state !== 'RUNNING') it.end();
      });
      return it.onClose(unwatch);
    },
  })
  imagePull(
    @Ctx() ctx: Context,
    @Root() p: ImagePull,
    @Arg('id', () => ID, { description: 'The id startImagePull returned' }) _id: string,
  ): ImagePullType {
    return toImagePull(NodeType.from(p.node, ctx.core.nodes.runtimeOf(p.node.id)), p);
  }

  @Mutation(() => ImageType, {
    description: 'Pushes a tagged image from a node to the registry its name points at',
  })
  async pushImage(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: NODE }) node: string,
    @Arg('ref', () => String, { description: 'e.g. registry.example.com:5000/team/app:v1' }) ref: string,
    @Arg('auth', () => RegistryAuthInput, {
      description: 'Registry credentials; null: anonymous',
      nullable: true,
    })
    auth?: RegistryAuthInput,
  ): Promise<ImageType> {
    return view(ctx, await ctx.core.images.push(node, ref, toAuth(auth)));
  }

  @Mutation(() => ImageType, { description: 'Names an image repo:tag on a node' })
  async tagImage(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: NODE }) node: string,
    @Arg('source', () => String, { description: REF }) source: string,
    @Arg('repo', () => String, { description: 'Repository, without tag' }) repo: string,
    @Arg('tag', () => String, { description: 'The new tag; default latest', defaultValue: 'latest' })
    tag: string,
  ): Promise<ImageType> {
    return view(ctx, await ctx.core.images.tag(node, source, repo, tag));
  }

  @Mutation(() => [String], {
    description:
      'Removes a tag, or an image by id; CONFLICT while a container uses it unless force. Returns the refs untagged and ids deleted',
  })
  async removeImage(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: NODE }) node: string,
    @Arg('ref', () => String, { description: REF }) ref: string,
    @Arg('force', () => Boolean, {
      description: 'True: remove it even while a container uses it; default false',
      defaultValue: false,
    })
    force: boolean,
  ): Promise<string[]> {
    return ctx.core.images.remove(node, ref, force);
  }

  @Mutation(() => ImageType, {
    description:
      'Creates an image from a root filesystem tarball (tar, or gzip/bzip2/xz compressed) that is a file on the ' +
      'control-plane host, as docker import',
  })
  async importImage(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: NODE }) node: string,
    @Arg('source', () => String, { description: 'Absolute path of the tarball on the control-plane host' })
    source: string,
    @Arg('repo', () => String, { description: 'Repository of the new image, without tag' }) repo: string,
    @Arg('tag', () => String, { description: 'Tag of the new image; default latest', defaultValue: 'latest' })
    tag: string,
    @Arg('changes', () => [String], {
      nullable: true,
      description: 'Dockerfile instructions to apply, e.g. CMD ["/bin/sh"], ENV A=b, WORKDIR /app',
    })
    changes?: string[],
  ): Promise<ImageType> {
    return view(ctx, await ctx.core.images.importImage(node, source, repo, tag, changes ?? []));
  }
}

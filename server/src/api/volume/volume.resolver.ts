import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connection, PageArgs } from '../common/connection.js';
import { visibleScope } from '../auth/visibility.js';
import type { SortOrder } from '../../domain/paging.js';
import type { VolumeInfo } from '../../app/volumes/volumes.js';
import type { Context } from '../context.js';
import { required } from '../loaders.js';
import { NodeType } from '../node/node.type.js';
import { fromKeyValues } from '../common/key-value.js';
import {
  CreateVolumeInput,
  VolumeBackupFileType,
  VolumeBackupType,
  VolumeConnection,
  VolumeType,
} from './volume.type.js';

/** volumesConnection's sort: by node, then name (a name is unique on its node). */
const VOLUME_ORDER: SortOrder<VolumeInfo> = {
  name: 'NODE_NAME:ASC',
  key: (v) => [v.node.name, v.node.id, v.name],
  directions: ['ASC', 'ASC', 'ASC'],
};

@Resolver(() => VolumeType)
export class VolumeResolver {
  @Query(() => VolumeConnection, {
    description:
      'Volumes of one node, or of every READY node, a page at a time, by node name then volume name',
  })
  async volumesConnection(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('node', () => ID, {
      description: "Only this node's volumes (id or name); null: every node",
      nullable: true,
    })
    node?: string,
  ): Promise<VolumeConnection> {
    const scope = visibleScope(ctx);
    const list = (await ctx.core.volumes.list(node ?? undefined)).filter(
      (v) => !scope || scope.node(v.node.id),
    );
    return connection(list, VOLUME_ORDER, page, (p) => p.map(VolumeType.from));
  }

  @Query(() => [VolumeType], {
    deprecationReason: 'use volumesConnection (paged); this list goes in the next release',
    description: 'Volumes of one node, or of every READY node',
  })
  async volumes(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, {
      description: "Only this node's volumes (id or name); null: every node",
      nullable: true,
    })
    node?: string,
  ): Promise<VolumeType[]> {
    return (await ctx.core.volumes.list(node ?? undefined)).map(VolumeType.from);
  }

  @FieldResolver(() => NodeType, { description: 'The node the volume lives on (nodeId as an edge)' })
  node(@Ctx() ctx: Context, @Root() v: VolumeType): Promise<NodeType> {
    return ctx.loaders.node.load(v.nodeId).then((n) => required(n, 'node', v.nodeId));
  }

  @Query(() => VolumeType, { description: 'A volume with the containers and services using it' })
  async volume(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: 'Node id or name' }) node: string,
    @Arg('name', () => String, { description: 'Volume name' }) name: string,
  ): Promise<VolumeType> {
    return VolumeType.from(await ctx.core.volumes.inspect(node, name));
  }

  @Query(() => [VolumeBackupFileType], { description: 'Backup files, newest first' })
  volumeBackups(@Ctx() ctx: Context): VolumeBackupFileType[] {
    return ctx.core.volumes.listBackups();
  }

  @Mutation(() => VolumeType, { description: 'Creates a named volume on a node' })
  async createVolume(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateVolumeInput, { description: 'Node, name and labels' }) input: CreateVolumeInput,
  ): Promise<VolumeType> {
    return VolumeType.from(
      await ctx.core.volumes.create(input.node, input.name, fromKeyValues(input.labels)),
    );
  }

  @Mutation(() => VolumeType, { description: 'Refused while a service or container uses it, unless force' })
  async removeVolume(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: 'Node id or name' }) node: string,
    @Arg('name', () => String, { description: 'Volume name' }) name: string,
    @Arg('force', () => Boolean, {
      description: 'True: remove it even while a service or container uses it; default false',
      defaultValue: false,
    })
    force: boolean,
  ): Promise<VolumeType> {
    return VolumeType.from(await ctx.core.volumes.remove(node, name, force));
  }

  @Mutation(() => VolumeBackupType, {
    description:
      'Tars the volume in a helper container into the data dir; progress as volume.backup.* events',
  })
  async backupVolume(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, { description: 'Node id or name' }) node: string,
    @Arg('name', () => String, { description: 'Volume name' }) name: string,
  ): Promise<VolumeBackupType> {
    return VolumeBackupType.from(await ctx.core.volumes.backup(node, name));
  }

  @Mutation(() => VolumeType, {
    description: 'A new volume filled from a backup file; progress as volume.restore.* events',
  })
  async restoreVolume(
    @Ctx() ctx: Context,
    @Arg('node', () => ID, {
      description: 'Node id or name where the backup file lives and the volume is made',
    })
    node: string,
    @Arg('file', () => String, { description: 'A file name from volumeBackups' }) file: string,
    @Arg('newName', () => String, { description: 'Name of the new volume; it must not exist yet' })
    newName: string,
  ): Promise<VolumeType> {
    return VolumeType.from(await ctx.core.volumes.restore(node, file, newName));
  }
}

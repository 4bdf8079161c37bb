import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import type { VolumeBackup, VolumeInfo } from '../../app/volumes/volumes.js';
import { KeyValue, KeyValueInput, toKeyValues } from '../common/key-value.js';
import { connectionType } from '../common/connection.js';

@InputType({ description: 'A named volume on one node' })
export class CreateVolumeInput {
  @Field(() => ID, { description: 'Node id or name' })
  node: string;

  @Field(() => String, { description: 'Volume name, unique on its node' })
  name: string;

  @Field(() => [KeyValueInput], { description: 'Labels on the volume; default none', nullable: true })
  labels?: KeyValueInput[];
}

@ObjectType('VolumeUser', { description: 'A container that mounts the volume' })
export class VolumeUserType {
  @Field(() => String, { description: "The engine's container id" }) id: string;
  @Field(() => String, { description: 'Container name' }) name: string;
  @Field(() => String, { description: 'Its engine state, e.g. running or exited' }) state: string;
}

@ObjectType('Volume', { description: 'A named volume on one node' })
export class VolumeType {
  @Field(() => ID, { description: 'Id of the node it lives on' }) nodeId: string;
  @Field(() => String, { description: 'Name of that node', deprecationReason: 'use node { name }' })
  nodeName: string;
  @Field(() => String, { description: 'Volume name' }) name: string;
  @Field(() => String, { description: 'Volume driver, e.g. local' }) driver: string;
  @Field(() => String, { description: 'Path of its data on the host' }) mountpoint: string;
  @Field(() => String, { description: "The driver's scope: local (one node) or global" }) scope: string;
  @Field(() => [KeyValue], { description: 'Its labels' }) labels: KeyValue[];
  @Field(() => Date, {
    description: 'When the engine created it; null: the engine does not say',
    nullable: true,
  })
  createdAt: Date | null;
  @Field(() => Boolean, { description: 'Created by this Stevedore' }) managed: boolean;
  @Field(() => Boolean, {
    description: 'Recorded as living here: services mounting it are pinned to this node',
  })
  recorded: boolean;
  @Field(() => [String], { description: 'Services mounting it that run or are pinned here' })
  services: string[];
  @Field(() => [VolumeUserType], {
    nullable: true,
    description: 'Containers mounting it (volume query only)',
  })
  usedBy: VolumeUserType[] | null;

  @Field(() => Float, {
    nullable: true,
    description: "Bytes it holds, from the engine's disk usage report; null when the engine cannot tell",
  })
  sizeBytes: number | null;

  static from(v: VolumeInfo): VolumeType {
    return {
      sizeBytes: v.sizeBytes,
      nodeId: v.node.id,
      nodeName: v.node.name,
      name: v.name,
      driver: v.driver,
      mountpoint: v.mountpoint,
      scope: v.scope,
      labels: toKeyValues(v.labels),
      createdAt: v.createdAt,
      managed: v.managed,
      recorded: v.recorded,
      services: v.services.map((s) => s.name),
      usedBy: v.usedBy,
    };
  }
}

@ObjectType('VolumeBackup', { description: "A tar of a volume, in the data dir's backups/" })
export class VolumeBackupType {
  @Field(() => String, { description: 'File name, as restoreVolume takes it' }) file: string;
  @Field(() => String, { description: 'Path of the tar file on that node' }) path: string;
  @Field(() => String, { description: 'The node holding the volume and the file' }) nodeName: string;
  @Field(() => String, { description: 'The volume backed up' }) volume: string;
  @Field(() => Float, { description: 'Size of the backup file, in bytes' }) bytes: number;
  @Field(() => String, { description: 'SHA-256 of the file, hex' }) sha256: string;
  @Field(() => Date, { description: 'When the backup was written' }) createdAt: Date;

  static from(b: VolumeBackup): VolumeBackupType {
    return {
      file: b.file,
      path: b.path,
      nodeName: b.node.name,
      volume: b.volume,
      bytes: b.bytes,
      sha256: b.sha256,
      createdAt: b.createdAt,
    };
  }
}

@ObjectType('VolumeBackupFile', { description: 'A backup file on a node' })
export class VolumeBackupFileType {
  @Field(() => String, { description: 'File name, to pass to restoreVolume' }) file: string;
  @Field(() => Float, { description: 'Its size, in bytes' }) bytes: number;
  @Field(() => Date, { description: 'When it was written' }) createdAt: Date;
  @Field(() => String, { description: 'SHA-256 of the file, hex' }) sha256: string;
  @Field(() => String, {
    nullable: true,
    description: 'Name of the node the volume was on; null for a file put there by hand',
  })
  nodeName: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Name of the volume backed up; null for a file put there by hand',
  })
  volume: string | null;
}

@ObjectType('VolumeConnection', { description: 'A page of volumes (Relay cursor connection)' })
export class VolumeConnection extends connectionType(VolumeType, 'Volume', 'volume') {}

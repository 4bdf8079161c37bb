import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import type { VolumeBackup, VolumeInfo } from '../../app/volumes/volumes.js';
import { KeyValue, KeyValueInput, toKeyValues } from '../common/key-value.js';

@InputType()
export class CreateVolumeInput {
  @Field(() => ID, { description: 'Node id or name' })
  node: string;

  @Field(() => String)
  name: string;

  @Field(() => [KeyValueInput], { nullable: true })
  labels?: KeyValueInput[];
}

@ObjectType('VolumeUser')
export class VolumeUserType {
  @Field(() => String) id: string;
  @Field(() => String) name: string;
  @Field(() => String) state: string;
}

@ObjectType('Volume', { description: 'A named volume on one node' })
export class VolumeType {
  @Field(() => ID) nodeId: string;
  @Field(() => String) nodeName: string;
  @Field(() => String) name: string;
  @Field(() => String) driver: string;
  @Field(() => String) mountpoint: string;
  @Field(() => String) scope: string;
  @Field(() => [KeyValue]) labels: KeyValue[];
  @Field(() => Date, { nullable: true }) createdAt: Date | null;
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

  static from(v: VolumeInfo): VolumeType {
    return {
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
  @Field(() => String) path: string;
  @Field(() => String) nodeName: string;
  @Field(() => String) volume: string;
  @Field(() => Float) bytes: number;
  @Field(() => String) sha256: string;
  @Field(() => Date) createdAt: Date;

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

@ObjectType('VolumeBackupFile')
export class VolumeBackupFileType {
  @Field(() => String) file: string;
  @Field(() => Float) bytes: number;
  @Field(() => Date) createdAt: Date;
}

import { Arg, Ctx, Field, Float, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { BackupInfo } from '../../app/backup/backups.js';
import type { Context } from '../context.js';

@ObjectType('ControlPlaneBackup', {
  description: "A snapshot of the control plane's whole desired state (a tar with a manifest)",
})
export class ControlPlaneBackupType {
  @Field(() => String, { description: "File name in the data dir's control-backups/" }) file: string;
  @Field(() => Float, { description: 'Its size, in bytes' }) bytes: number;
  @Field(() => String, { description: "SHA-256 of the tar, hex ('' when its .sha256 note is missing)" })
  sha256: string;
  @Field(() => Date, { description: 'When it was written' }) createdAt: Date;
  @Field(() => Int, {
    nullable: true,
    description: 'Schema version (latest migration) of the store in it; null when not read',
  })
  schemaVersion: number | null;

  static from(b: BackupInfo): ControlPlaneBackupType {
    return { ...b };
  }
}

@Resolver()
export class BackupResolver {
  @Query(() => [ControlPlaneBackupType], { description: 'Control-plane backups, newest first (ADMIN)' })
  backups(@Ctx() ctx: Context): ControlPlaneBackupType[] {
    return ctx.core.backups.list().map(ControlPlaneBackupType.from);
  }

  @Mutation(() => ControlPlaneBackupType, {
    description:
      'Writes a consistent snapshot of the whole desired state while the control plane runs (ADMIN); secrets stay encrypted, the secret key is not included',
  })
  async createBackup(@Ctx() ctx: Context): Promise<ControlPlaneBackupType> {
    return ControlPlaneBackupType.from(await ctx.core.backups.create());
  }

  @Mutation(() => ControlPlaneBackupType, {
    description: "Reads a backup end to end and checks the tar's and every file's checksum (ADMIN)",
  })
  async verifyBackup(
    @Ctx() ctx: Context,
    @Arg('file', () => String, { description: 'A file name from backups' }) file: string,
  ): Promise<ControlPlaneBackupType> {
    return ControlPlaneBackupType.from(await ctx.core.backups.verify(file));
  }
}

import { graphql } from '@/gql';

/* ---------- volumes: size, node, users; backups with checksum; restore into a new volume ---------- */

export const VolumesQuery = graphql(`
  query Volumes {
    volumes {
      nodeId
      nodeName
      name
      driver
      createdAt
      managed
      services
      sizeBytes
    }
    volumeBackups {
      file
      bytes
      createdAt
      sha256
      nodeName
      volume
    }
    nodes {
      ...NodeFields
    }
  }
`);

export const BackupVolumeMutation = graphql(`
  mutation BackupVolume($node: ID!, $name: String!) {
    backupVolume(node: $node, name: $name) {
      file
      bytes
      sha256
    }
  }
`);

export const RestoreVolumeMutation = graphql(`
  mutation RestoreVolume($node: ID!, $file: String!, $newName: String!) {
    restoreVolume(node: $node, file: $file, newName: $newName) {
      name
      nodeName
    }
  }
`);

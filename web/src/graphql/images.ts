import { graphql } from '@/gql';

/* ---------- images: per node and across nodes, pull with progress, tag, remove, history ---------- */

export const ImagesQuery = graphql(`
  query Images {
    images {
      items {
        id
        node {
          id
          name
        }
        repoTags
        repoDigests
        sizeBytes
        createdAt
        containers {
          id
          name
          state
        }
        services {
          id
          name
          containers
        }
      }
      unreachableNodes {
        name
        reason
      }
    }
    nodes {
      ...NodeFields
    }
  }
`);

export const ImageHistoryQuery = graphql(`
  query ImageHistory($node: ID!, $ref: String!) {
    imageHistory(node: $node, ref: $ref) {
      id
      createdAt
      createdBy
      sizeBytes
      tags
    }
  }
`);

export const StartImagePullMutation = graphql(`
  mutation StartImagePull($node: ID!, $ref: String!) {
    startImagePull(node: $node, ref: $ref) {
      id
    }
  }
`);

export const ImagePullSubscription = graphql(`
  subscription ImagePull($id: ID!) {
    imagePull(id: $id) {
      id
      ref
      node {
        name
      }
      state
      percent
      layers
      layersDone
      downloadedBytes
      totalBytes
      status
      error
    }
  }
`);

export const TagImageMutation = graphql(`
  mutation TagImage($node: ID!, $source: String!, $repo: String!, $tag: String!) {
    tagImage(node: $node, source: $source, repo: $repo, tag: $tag) {
      id
      repoTags
    }
  }
`);

export const RemoveImageMutation = graphql(`
  mutation RemoveImage($node: ID!, $ref: String!) {
    removeImage(node: $node, ref: $ref)
  }
`);

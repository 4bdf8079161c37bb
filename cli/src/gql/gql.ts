/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query CliMe {\n    me {\n      username\n      kind\n      tokenName\n      authEnabled\n      roles {\n        environment\n        role\n      }\n    }\n  }\n': typeof types.CliMeDocument;
  '\n  mutation CliLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        username\n        roles {\n          environment\n          role\n        }\n      }\n    }\n  }\n': typeof types.CliLoginDocument;
  '\n  mutation CliCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n': typeof types.CliCreateTokenDocument;
  '\n  query CliNodes {\n    nodes {\n      id\n      name\n      status\n      availability\n      role\n      endpoint\n      engineVersion\n      cpus\n      memoryBytes\n      runningContainerCount\n      allocated {\n        cpus\n        memoryBytes\n      }\n    }\n  }\n': typeof types.CliNodesDocument;
  '\n  query CliServices {\n    services {\n      id\n      name\n      mode\n      image\n      status\n      revision\n      desiredReplicas\n      runningReplicas\n      healthyReplicas\n      updatedAt\n      spec {\n        ports {\n          hostIp\n          hostPort\n          containerPort\n          protocol\n        }\n      }\n    }\n  }\n': typeof types.CliServicesDocument;
  '\n  query CliServiceRef($id: ID!) {\n    service(id: $id) {\n      id\n      name\n    }\n  }\n': typeof types.CliServiceRefDocument;
  '\n  query CliServiceTasks($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      tasks {\n        ...CliTask\n      }\n    }\n  }\n': typeof types.CliServiceTasksDocument;
  '\n  fragment CliEvent on Event {\n    cursor\n    time\n    kind\n    severity\n    message\n    serviceId\n    nodeId\n    containerId\n  }\n': typeof types.CliEventFragmentDoc;
  '\n  fragment CliTask on Task {\n    id\n    slot\n    revision\n    state\n    desiredState\n    health\n    nodeName\n    nodeId\n    containerId\n    stateReason\n    exitCode\n    updatedAt\n  }\n': typeof types.CliTaskFragmentDoc;
  '\n  fragment CliServiceResult on Service {\n    id\n    name\n    image\n    status\n    revision\n    desiredReplicas\n    runningReplicas\n  }\n': typeof types.CliServiceResultFragmentDoc;
  '\n  mutation CliCreateService($spec: ServiceSpecInput!, $clusterId: ID) {\n    createService(spec: $spec, clusterId: $clusterId) {\n      ...CliServiceResult\n    }\n  }\n': typeof types.CliCreateServiceDocument;
  '\n  mutation CliPatchService($id: ID!, $patch: ServicePatchInput!) {\n    patchService(id: $id, patch: $patch) {\n      ...CliServiceResult\n    }\n  }\n': typeof types.CliPatchServiceDocument;
  '\n  mutation CliScaleService($id: ID!, $replicas: Int!) {\n    scaleService(id: $id, replicas: $replicas) {\n      ...CliServiceResult\n    }\n  }\n': typeof types.CliScaleServiceDocument;
  '\n  mutation CliRollbackService($id: ID!, $toRevision: Int) {\n    rollbackService(id: $id, toRevision: $toRevision) {\n      ...CliServiceResult\n    }\n  }\n': typeof types.CliRollbackServiceDocument;
  '\n  subscription CliContainerLogs(\n    $containerId: String!\n    $nodeId: ID\n    $tail: Int\n    $since: DateTimeISO\n    $follow: Boolean!\n  ) {\n    containerLogs(containerId: $containerId, nodeId: $nodeId, tail: $tail, since: $since, follow: $follow) {\n      timestamp\n      stream\n      message\n    }\n  }\n': typeof types.CliContainerLogsDocument;
  '\n  mutation CliDeployStack(\n    $name: String!\n    $compose: String!\n    $variables: [StackVariableInput!]\n    $envFiles: [StackFileInput!]\n    $dryRun: Boolean\n    $removeOrphans: Boolean\n  ) {\n    deployStack(\n      name: $name\n      compose: $compose\n      variables: $variables\n      envFiles: $envFiles\n      dryRun: $dryRun\n      removeOrphans: $removeOrphans\n    ) {\n      applied\n      plan {\n        create {\n          kind\n          name\n        }\n        update {\n          kind\n          name\n          diff {\n            field\n          }\n        }\n        remove {\n          kind\n          name\n        }\n        unchanged\n        warnings {\n          path\n          line\n          message\n        }\n      }\n      stack {\n        name\n        status\n      }\n    }\n  }\n': typeof types.CliDeployStackDocument;
  '\n  query CliEvents($limit: Int!, $filter: EventFilter, $after: SafeInt) {\n    events(limit: $limit, filter: $filter, after: $after) {\n      items {\n        ...CliEvent\n      }\n    }\n  }\n': typeof types.CliEventsDocument;
  '\n  subscription CliEventsFollow($after: SafeInt, $filter: EventFilter) {\n    events(after: $after, filter: $filter) {\n      ...CliEvent\n    }\n  }\n': typeof types.CliEventsFollowDocument;
  '\n  mutation CliBackupVolume($name: String!, $node: ID!) {\n    backupVolume(name: $name, node: $node) {\n      volume\n      nodeName\n      file\n      path\n      bytes\n      sha256\n      createdAt\n    }\n  }\n': typeof types.CliBackupVolumeDocument;
  '\n  mutation CliCreateBackup {\n    createBackup {\n      file\n      bytes\n      sha256\n      createdAt\n      schemaVersion\n    }\n  }\n': typeof types.CliCreateBackupDocument;
  '\n  query CliBackups {\n    backups {\n      file\n      bytes\n      sha256\n      createdAt\n    }\n  }\n': typeof types.CliBackupsDocument;
  '\n  mutation CliVerifyBackup($file: String!) {\n    verifyBackup(file: $file) {\n      file\n      bytes\n      sha256\n      schemaVersion\n    }\n  }\n': typeof types.CliVerifyBackupDocument;
  '\n  query CliExportDesiredState {\n    exportDesiredState\n  }\n': typeof types.CliExportDesiredStateDocument;
  '\n  mutation CliImportDesiredState($document: String!, $dryRun: Boolean!) {\n    importDesiredState(document: $document, dryRun: $dryRun) {\n      applied\n      changes {\n        kind\n        name\n        action\n        details\n      }\n    }\n  }\n': typeof types.CliImportDesiredStateDocument;
  '\n  query CliVolumeBackups {\n    volumeBackups {\n      file\n      bytes\n      createdAt\n    }\n  }\n': typeof types.CliVolumeBackupsDocument;
  '\n  subscription CliServiceStatus($id: ID!) {\n    serviceStatus(serviceId: $id) {\n      id\n      name\n      tasks {\n        ...CliTask\n      }\n    }\n  }\n': typeof types.CliServiceStatusDocument;
  '\n  mutation CliRemoveService($id: ID!) {\n    removeService(id: $id) {\n      id\n      name\n    }\n  }\n': typeof types.CliRemoveServiceDocument;
  '\n  query CliStacks {\n    stacks {\n      name\n      status\n      updatedAt\n      services {\n        id\n        desiredReplicas\n        healthyReplicas\n      }\n    }\n  }\n': typeof types.CliStacksDocument;
  '\n  mutation CliRemoveStack($name: String!, $removeVolumes: Boolean) {\n    removeStack(name: $name, removeVolumes: $removeVolumes) {\n      name\n      services {\n        name\n      }\n    }\n  }\n': typeof types.CliRemoveStackDocument;
};
const documents: Documents = {
  '\n  query CliMe {\n    me {\n      username\n      kind\n      tokenName\n      authEnabled\n      roles {\n        environment\n        role\n      }\n    }\n  }\n':
    types.CliMeDocument,
  '\n  mutation CliLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        username\n        roles {\n          environment\n          role\n        }\n      }\n    }\n  }\n':
    types.CliLoginDocument,
  '\n  mutation CliCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n':
    types.CliCreateTokenDocument,
  '\n  query CliNodes {\n    nodes {\n      id\n      name\n      status\n      availability\n      role\n      endpoint\n      engineVersion\n      cpus\n      memoryBytes\n      runningContainerCount\n      allocated {\n        cpus\n        memoryBytes\n      }\n    }\n  }\n':
    types.CliNodesDocument,
  '\n  query CliServices {\n    services {\n      id\n      name\n      mode\n      image\n      status\n      revision\n      desiredReplicas\n      runningReplicas\n      healthyReplicas\n      updatedAt\n      spec {\n        ports {\n          hostIp\n          hostPort\n          containerPort\n          protocol\n        }\n      }\n    }\n  }\n':
    types.CliServicesDocument,
  '\n  query CliServiceRef($id: ID!) {\n    service(id: $id) {\n      id\n      name\n    }\n  }\n':
    types.CliServiceRefDocument,
  '\n  query CliServiceTasks($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      tasks {\n        ...CliTask\n      }\n    }\n  }\n':
    types.CliServiceTasksDocument,
  '\n  fragment CliEvent on Event {\n    cursor\n    time\n    kind\n    severity\n    message\n    serviceId\n    nodeId\n    containerId\n  }\n':
    types.CliEventFragmentDoc,
  '\n  fragment CliTask on Task {\n    id\n    slot\n    revision\n    state\n    desiredState\n    health\n    nodeName\n    nodeId\n    containerId\n    stateReason\n    exitCode\n    updatedAt\n  }\n':
    types.CliTaskFragmentDoc,
  '\n  fragment CliServiceResult on Service {\n    id\n    name\n    image\n    status\n    revision\n    desiredReplicas\n    runningReplicas\n  }\n':
    types.CliServiceResultFragmentDoc,
  '\n  mutation CliCreateService($spec: ServiceSpecInput!, $clusterId: ID) {\n    createService(spec: $spec, clusterId: $clusterId) {\n      ...CliServiceResult\n    }\n  }\n':
    types.CliCreateServiceDocument,
  '\n  mutation CliPatchService($id: ID!, $patch: ServicePatchInput!) {\n    patchService(id: $id, patch: $patch) {\n      ...CliServiceResult\n    }\n  }\n':
    types.CliPatchServiceDocument,
  '\n  mutation CliScaleService($id: ID!, $replicas: Int!) {\n    scaleService(id: $id, replicas: $replicas) {\n      ...CliServiceResult\n    }\n  }\n':
    types.CliScaleServiceDocument,
  '\n  mutation CliRollbackService($id: ID!, $toRevision: Int) {\n    rollbackService(id: $id, toRevision: $toRevision) {\n      ...CliServiceResult\n    }\n  }\n':
    types.CliRollbackServiceDocument,
  '\n  subscription CliContainerLogs(\n    $containerId: String!\n    $nodeId: ID\n    $tail: Int\n    $since: DateTimeISO\n    $follow: Boolean!\n  ) {\n    containerLogs(containerId: $containerId, nodeId: $nodeId, tail: $tail, since: $since, follow: $follow) {\n      timestamp\n      stream\n      message\n    }\n  }\n':
    types.CliContainerLogsDocument,
  '\n  mutation CliDeployStack(\n    $name: String!\n    $compose: String!\n    $variables: [StackVariableInput!]\n    $envFiles: [StackFileInput!]\n    $dryRun: Boolean\n    $removeOrphans: Boolean\n  ) {\n    deployStack(\n      name: $name\n      compose: $compose\n      variables: $variables\n      envFiles: $envFiles\n      dryRun: $dryRun\n      removeOrphans: $removeOrphans\n    ) {\n      applied\n      plan {\n        create {\n          kind\n          name\n        }\n        update {\n          kind\n          name\n          diff {\n            field\n          }\n        }\n        remove {\n          kind\n          name\n        }\n        unchanged\n        warnings {\n          path\n          line\n          message\n        }\n      }\n      stack {\n        name\n        status\n      }\n    }\n  }\n':
    types.CliDeployStackDocument,
  '\n  query CliEvents($limit: Int!, $filter: EventFilter, $after: SafeInt) {\n    events(limit: $limit, filter: $filter, after: $after) {\n      items {\n        ...CliEvent\n      }\n    }\n  }\n':
    types.CliEventsDocument,
  '\n  subscription CliEventsFollow($after: SafeInt, $filter: EventFilter) {\n    events(after: $after, filter: $filter) {\n      ...CliEvent\n    }\n  }\n':
    types.CliEventsFollowDocument,
  '\n  mutation CliBackupVolume($name: String!, $node: ID!) {\n    backupVolume(name: $name, node: $node) {\n      volume\n      nodeName\n      file\n      path\n      bytes\n      sha256\n      createdAt\n    }\n  }\n':
    types.CliBackupVolumeDocument,
  '\n  mutation CliCreateBackup {\n    createBackup {\n      file\n      bytes\n      sha256\n      createdAt\n      schemaVersion\n    }\n  }\n':
    types.CliCreateBackupDocument,
  '\n  query CliBackups {\n    backups {\n      file\n      bytes\n      sha256\n      createdAt\n    }\n  }\n':
    types.CliBackupsDocument,
  '\n  mutation CliVerifyBackup($file: String!) {\n    verifyBackup(file: $file) {\n      file\n      bytes\n      sha256\n      schemaVersion\n    }\n  }\n':
    types.CliVerifyBackupDocument,
  '\n  query CliExportDesiredState {\n    exportDesiredState\n  }\n': types.CliExportDesiredStateDocument,
  '\n  mutation CliImportDesiredState($document: String!, $dryRun: Boolean!) {\n    importDesiredState(document: $document, dryRun: $dryRun) {\n      applied\n      changes {\n        kind\n        name\n        action\n        details\n      }\n    }\n  }\n':
    types.CliImportDesiredStateDocument,
  '\n  query CliVolumeBackups {\n    volumeBackups {\n      file\n      bytes\n      createdAt\n    }\n  }\n':
    types.CliVolumeBackupsDocument,
  '\n  subscription CliServiceStatus($id: ID!) {\n    serviceStatus(serviceId: $id) {\n      id\n      name\n      tasks {\n        ...CliTask\n      }\n    }\n  }\n':
    types.CliServiceStatusDocument,
  '\n  mutation CliRemoveService($id: ID!) {\n    removeService(id: $id) {\n      id\n      name\n    }\n  }\n':
    types.CliRemoveServiceDocument,
  '\n  query CliStacks {\n    stacks {\n      name\n      status\n      updatedAt\n      services {\n        id\n        desiredReplicas\n        healthyReplicas\n      }\n    }\n  }\n':
    types.CliStacksDocument,
  '\n  mutation CliRemoveStack($name: String!, $removeVolumes: Boolean) {\n    removeStack(name: $name, removeVolumes: $removeVolumes) {\n      name\n      services {\n        name\n      }\n    }\n  }\n':
    types.CliRemoveStackDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CliMe {\n    me {\n      username\n      kind\n      tokenName\n      authEnabled\n      roles {\n        environment\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CliMe {\n    me {\n      username\n      kind\n      tokenName\n      authEnabled\n      roles {\n        environment\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        username\n        roles {\n          environment\n          role\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CliLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        username\n        roles {\n          environment\n          role\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CliCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CliNodes {\n    nodes {\n      id\n      name\n      status\n      availability\n      role\n      endpoint\n      engineVersion\n      cpus\n      memoryBytes\n      runningContainerCount\n      allocated {\n        cpus\n        memoryBytes\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CliNodes {\n    nodes {\n      id\n      name\n      status\n      availability\n      role\n      endpoint\n      engineVersion\n      cpus\n      memoryBytes\n      runningContainerCount\n      allocated {\n        cpus\n        memoryBytes\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CliServices {\n    services {\n      id\n      name\n      mode\n      image\n      status\n      revision\n      desiredReplicas\n      runningReplicas\n      healthyReplicas\n      updatedAt\n      spec {\n        ports {\n          hostIp\n          hostPort\n          containerPort\n          protocol\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CliServices {\n    services {\n      id\n      name\n      mode\n      image\n      status\n      revision\n      desiredReplicas\n      runningReplicas\n      healthyReplicas\n      updatedAt\n      spec {\n        ports {\n          hostIp\n          hostPort\n          containerPort\n          protocol\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CliServiceRef($id: ID!) {\n    service(id: $id) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query CliServiceRef($id: ID!) {\n    service(id: $id) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CliServiceTasks($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      tasks {\n        ...CliTask\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CliServiceTasks($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      tasks {\n        ...CliTask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CliEvent on Event {\n    cursor\n    time\n    kind\n    severity\n    message\n    serviceId\n    nodeId\n    containerId\n  }\n',
): (typeof documents)['\n  fragment CliEvent on Event {\n    cursor\n    time\n    kind\n    severity\n    message\n    serviceId\n    nodeId\n    containerId\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CliTask on Task {\n    id\n    slot\n    revision\n    state\n    desiredState\n    health\n    nodeName\n    nodeId\n    containerId\n    stateReason\n    exitCode\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment CliTask on Task {\n    id\n    slot\n    revision\n    state\n    desiredState\n    health\n    nodeName\n    nodeId\n    containerId\n    stateReason\n    exitCode\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CliServiceResult on Service {\n    id\n    name\n    image\n    status\n    revision\n    desiredReplicas\n    runningReplicas\n  }\n',
): (typeof documents)['\n  fragment CliServiceResult on Service {\n    id\n    name\n    image\n    status\n    revision\n    desiredReplicas\n    runningReplicas\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliCreateService($spec: ServiceSpecInput!, $clusterId: ID) {\n    createService(spec: $spec, clusterId: $clusterId) {\n      ...CliServiceResult\n    }\n  }\n',
): (typeof documents)['\n  mutation CliCreateService($spec: ServiceSpecInput!, $clusterId: ID) {\n    createService(spec: $spec, clusterId: $clusterId) {\n      ...CliServiceResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliPatchService($id: ID!, $patch: ServicePatchInput!) {\n    patchService(id: $id, patch: $patch) {\n      ...CliServiceResult\n    }\n  }\n',
): (typeof documents)['\n  mutation CliPatchService($id: ID!, $patch: ServicePatchInput!) {\n    patchService(id: $id, patch: $patch) {\n      ...CliServiceResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliScaleService($id: ID!, $replicas: Int!) {\n    scaleService(id: $id, replicas: $replicas) {\n      ...CliServiceResult\n    }\n  }\n',
): (typeof documents)['\n  mutation CliScaleService($id: ID!, $replicas: Int!) {\n    scaleService(id: $id, replicas: $replicas) {\n      ...CliServiceResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliRollbackService($id: ID!, $toRevision: Int) {\n    rollbackService(id: $id, toRevision: $toRevision) {\n      ...CliServiceResult\n    }\n  }\n',
): (typeof documents)['\n  mutation CliRollbackService($id: ID!, $toRevision: Int) {\n    rollbackService(id: $id, toRevision: $toRevision) {\n      ...CliServiceResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CliContainerLogs(\n    $containerId: String!\n    $nodeId: ID\n    $tail: Int\n    $since: DateTimeISO\n    $follow: Boolean!\n  ) {\n    containerLogs(containerId: $containerId, nodeId: $nodeId, tail: $tail, since: $since, follow: $follow) {\n      timestamp\n      stream\n      message\n    }\n  }\n',
): (typeof documents)['\n  subscription CliContainerLogs(\n    $containerId: String!\n    $nodeId: ID\n    $tail: Int\n    $since: DateTimeISO\n    $follow: Boolean!\n  ) {\n    containerLogs(containerId: $containerId, nodeId: $nodeId, tail: $tail, since: $since, follow: $follow) {\n      timestamp\n      stream\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliDeployStack(\n    $name: String!\n    $compose: String!\n    $variables: [StackVariableInput!]\n    $envFiles: [StackFileInput!]\n    $dryRun: Boolean\n    $removeOrphans: Boolean\n  ) {\n    deployStack(\n      name: $name\n      compose: $compose\n      variables: $variables\n      envFiles: $envFiles\n      dryRun: $dryRun\n      removeOrphans: $removeOrphans\n    ) {\n      applied\n      plan {\n        create {\n          kind\n          name\n        }\n        update {\n          kind\n          name\n          diff {\n            field\n          }\n        }\n        remove {\n          kind\n          name\n        }\n        unchanged\n        warnings {\n          path\n          line\n          message\n        }\n      }\n      stack {\n        name\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CliDeployStack(\n    $name: String!\n    $compose: String!\n    $variables: [StackVariableInput!]\n    $envFiles: [StackFileInput!]\n    $dryRun: Boolean\n    $removeOrphans: Boolean\n  ) {\n    deployStack(\n      name: $name\n      compose: $compose\n      variables: $variables\n      envFiles: $envFiles\n      dryRun: $dryRun\n      removeOrphans: $removeOrphans\n    ) {\n      applied\n      plan {\n        create {\n          kind\n          name\n        }\n        update {\n          kind\n          name\n          diff {\n            field\n          }\n        }\n        remove {\n          kind\n          name\n        }\n        unchanged\n        warnings {\n          path\n          line\n          message\n        }\n      }\n      stack {\n        name\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CliEvents($limit: Int!, $filter: EventFilter, $after: SafeInt) {\n    events(limit: $limit, filter: $filter, after: $after) {\n      items {\n        ...CliEvent\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CliEvents($limit: Int!, $filter: EventFilter, $after: SafeInt) {\n    events(limit: $limit, filter: $filter, after: $after) {\n      items {\n        ...CliEvent\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CliEventsFollow($after: SafeInt, $filter: EventFilter) {\n    events(after: $after, filter: $filter) {\n      ...CliEvent\n    }\n  }\n',
): (typeof documents)['\n  subscription CliEventsFollow($after: SafeInt, $filter: EventFilter) {\n    events(after: $after, filter: $filter) {\n      ...CliEvent\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliBackupVolume($name: String!, $node: ID!) {\n    backupVolume(name: $name, node: $node) {\n      volume\n      nodeName\n      file\n      path\n      bytes\n      sha256\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CliBackupVolume($name: String!, $node: ID!) {\n    backupVolume(name: $name, node: $node) {\n      volume\n      nodeName\n      file\n      path\n      bytes\n      sha256\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliCreateBackup {\n    createBackup {\n      file\n      bytes\n      sha256\n      createdAt\n      schemaVersion\n    }\n  }\n',
): (typeof documents)['\n  mutation CliCreateBackup {\n    createBackup {\n      file\n      bytes\n      sha256\n      createdAt\n      schemaVersion\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CliBackups {\n    backups {\n      file\n      bytes\n      sha256\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query CliBackups {\n    backups {\n      file\n      bytes\n      sha256\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliVerifyBackup($file: String!) {\n    verifyBackup(file: $file) {\n      file\n      bytes\n      sha256\n      schemaVersion\n    }\n  }\n',
): (typeof documents)['\n  mutation CliVerifyBackup($file: String!) {\n    verifyBackup(file: $file) {\n      file\n      bytes\n      sha256\n      schemaVersion\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CliExportDesiredState {\n    exportDesiredState\n  }\n',
): (typeof documents)['\n  query CliExportDesiredState {\n    exportDesiredState\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliImportDesiredState($document: String!, $dryRun: Boolean!) {\n    importDesiredState(document: $document, dryRun: $dryRun) {\n      applied\n      changes {\n        kind\n        name\n        action\n        details\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CliImportDesiredState($document: String!, $dryRun: Boolean!) {\n    importDesiredState(document: $document, dryRun: $dryRun) {\n      applied\n      changes {\n        kind\n        name\n        action\n        details\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CliVolumeBackups {\n    volumeBackups {\n      file\n      bytes\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query CliVolumeBackups {\n    volumeBackups {\n      file\n      bytes\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CliServiceStatus($id: ID!) {\n    serviceStatus(serviceId: $id) {\n      id\n      name\n      tasks {\n        ...CliTask\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription CliServiceStatus($id: ID!) {\n    serviceStatus(serviceId: $id) {\n      id\n      name\n      tasks {\n        ...CliTask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliRemoveService($id: ID!) {\n    removeService(id: $id) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CliRemoveService($id: ID!) {\n    removeService(id: $id) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CliStacks {\n    stacks {\n      name\n      status\n      updatedAt\n      services {\n        id\n        desiredReplicas\n        healthyReplicas\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CliStacks {\n    stacks {\n      name\n      status\n      updatedAt\n      services {\n        id\n        desiredReplicas\n        healthyReplicas\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CliRemoveStack($name: String!, $removeVolumes: Boolean) {\n    removeStack(name: $name, removeVolumes: $removeVolumes) {\n      name\n      services {\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CliRemoveStack($name: String!, $removeVolumes: Boolean) {\n    removeStack(name: $name, removeVolumes: $removeVolumes) {\n      name\n      services {\n        name\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

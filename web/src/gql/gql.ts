/* eslint-disable */
import * as types from './graphql';
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
  '\n  query AccessUsers {\n    users {\n      ...UserFields\n    }\n  }\n': typeof types.AccessUsersDocument;
  '\n  query AccessRoleBindings($environment: String) {\n    roleBindings(environment: $environment) {\n      ...RoleBindingFields\n    }\n  }\n': typeof types.AccessRoleBindingsDocument;
  '\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.AccessCreateUserDocument;
  '\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.AccessUpdateUserDocument;
  '\n  mutation AccessRemoveUser($id: ID!) {\n    removeUser(id: $id) {\n      id\n      username\n    }\n  }\n': typeof types.AccessRemoveUserDocument;
  '\n  mutation AccessSetRoleBinding($environment: String!, $user: ID!, $role: Role!) {\n    setRoleBinding(environment: $environment, user: $user, role: $role) {\n      ...RoleBindingFields\n    }\n  }\n': typeof types.AccessSetRoleBindingDocument;
  '\n  mutation AccessRemoveRoleBinding($environment: String!, $user: ID!) {\n    removeRoleBinding(environment: $environment, user: $user)\n  }\n': typeof types.AccessRemoveRoleBindingDocument;
  '\n  query AccessTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n': typeof types.AccessTokensDocument;
  '\n  mutation AccessCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n': typeof types.AccessCreateTokenDocument;
  '\n  mutation AccessRevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n': typeof types.AccessRevokeTokenDocument;
  '\n  query AccessEnvironments {\n    environments {\n      ...EnvironmentFields\n    }\n  }\n': typeof types.AccessEnvironmentsDocument;
  '\n  query AccessClusters {\n    clusters {\n      id\n      name\n      nodeCounts {\n        total\n        ready\n      }\n    }\n  }\n': typeof types.AccessClustersDocument;
  '\n  query AccessQuotaUsage($environment: String!) {\n    quotaUsage(environment: $environment) {\n      environment\n      cpus\n      memoryBytes\n      services\n      containers\n      unreachableNodes\n      quota {\n        ...QuotaFields\n      }\n    }\n  }\n': typeof types.AccessQuotaUsageDocument;
  '\n  mutation AccessSetQuota($environment: String!, $quota: QuotaInput!) {\n    setQuota(environment: $environment, quota: $quota) {\n      ...EnvironmentFields\n    }\n  }\n': typeof types.AccessSetQuotaDocument;
  '\n  mutation AccessCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      ...EnvironmentFields\n    }\n  }\n': typeof types.AccessCreateEnvironmentDocument;
  '\n  query AccessSecrets($environment: String!) {\n    secrets(environment: $environment) {\n      ...SecretFields\n    }\n  }\n': typeof types.AccessSecretsDocument;
  '\n  mutation AccessCreateSecret($environment: String!, $name: String!, $value: String!) {\n    createSecret(environment: $environment, name: $name, value: $value) {\n      ...SecretFields\n    }\n  }\n': typeof types.AccessCreateSecretDocument;
  '\n  mutation AccessRotateSecret($environment: String!, $name: String!, $value: String!) {\n    rotateSecret(environment: $environment, name: $name, value: $value) {\n      ...SecretFields\n    }\n  }\n': typeof types.AccessRotateSecretDocument;
  '\n  mutation AccessRemoveSecret($environment: String!, $name: String!) {\n    removeSecret(environment: $environment, name: $name) {\n      name\n      environment\n    }\n  }\n': typeof types.AccessRemoveSecretDocument;
  '\n  query AuditLog($filter: AuditFilterInput, $before: SafeInt, $after: SafeInt, $limit: Int!) {\n    auditLog(filter: $filter, before: $before, after: $after, limit: $limit) {\n      hasMore\n      nextCursor\n      items {\n        ...AuditEntryFields\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  subscription AuditEvents($environment: String, $after: SafeInt) {\n    auditEvents(environment: $environment, after: $after) {\n      ...AuditEntryFields\n    }\n  }\n': typeof types.AuditEventsDocument;
  '\n  query AutoscaleStatus($serviceId: ID!) {\n    autoscaleStatus(serviceId: $serviceId) {\n      serviceId\n      enabled\n      replicas\n      lastScaleAt\n      spec {\n        ...AutoscaleSpecFields\n      }\n      metrics {\n        cpuPercent\n        memoryPercent\n        requestRate\n      }\n      decisions {\n        at\n        action\n        current\n        desired\n        recommended\n        metric\n        value\n        target\n        reason\n        measured\n        applied\n      }\n    }\n  }\n': typeof types.AutoscaleStatusDocument;
  '\n  mutation SetAutoscale($id: ID!, $input: AutoscaleInput) {\n    setAutoscale(id: $id, input: $input) {\n      ...ServiceFields\n      spec {\n        autoscale {\n          ...AutoscaleSpecFields\n        }\n      }\n    }\n  }\n': typeof types.SetAutoscaleDocument;
  '\n  query Overview {\n    cluster {\n      id\n      name\n      containerCount\n      runningContainerCount\n      nodeCounts {\n        total\n        ready\n        down\n        draining\n        unhealthy\n      }\n      resources {\n        ...ClusterResourcesFields\n      }\n    }\n    nodes {\n      ...NodeFields\n    }\n    services {\n      ...ServiceFields\n    }\n  }\n': typeof types.OverviewDocument;
  '\n  query ControlPlane {\n    system {\n      version\n      startedAt\n      instanceId\n      leader {\n        instanceId\n        self\n        since\n        token\n      }\n    }\n  }\n': typeof types.ControlPlaneDocument;
  '\n  query Containers($filter: ContainerFilter) {\n    containers(filter: $filter) {\n      items {\n        ...ContainerFields\n      }\n      unreachableNodes {\n        ...UnreachableNodeFields\n      }\n    }\n  }\n': typeof types.ContainersDocument;
  '\n  query ContainersPage($filter: ContainerFilter, $first: Int) {\n    containersConnection(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...ContainerFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n      totalCount\n      unreachableNodes {\n        ...UnreachableNodeFields\n      }\n    }\n  }\n': typeof types.ContainersPageDocument;
  '\n  query Container($id: ID!, $node: ID) {\n    container(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n': typeof types.ContainerDocument;
  '\n  subscription ContainerStats($containerId: String!, $nodeId: ID) {\n    containerStats(containerId: $containerId, nodeId: $nodeId) {\n      ...ContainerStatsFields\n    }\n  }\n': typeof types.ContainerStatsDocument;
  '\n  subscription ContainerLogs($containerId: String!, $nodeId: ID, $tail: Int) {\n    containerLogs(containerId: $containerId, nodeId: $nodeId, tail: $tail, follow: true) {\n      timestamp\n      stream\n      message\n    }\n  }\n': typeof types.ContainerLogsDocument;
  '\n  mutation StartContainer($id: ID!, $node: ID) {\n    startContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n': typeof types.StartContainerDocument;
  '\n  mutation StopContainer($id: ID!, $node: ID) {\n    stopContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n': typeof types.StopContainerDocument;
  '\n  mutation RestartContainer($id: ID!, $node: ID) {\n    restartContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n': typeof types.RestartContainerDocument;
  '\n  mutation RemoveContainer($id: ID!, $node: ID, $force: Boolean!) {\n    removeContainer(id: $id, node: $node, force: $force)\n  }\n': typeof types.RemoveContainerDocument;
  '\n  subscription ContainersStats($containers: [ContainerStatsTargetInput!]!) {\n    containersStats(containers: $containers) {\n      timestamp\n      items {\n        ...ContainerStatsFields\n        nodeId\n      }\n      pending\n      gone\n    }\n  }\n': typeof types.ContainersStatsDocument;
  '\n  query Events($filter: EventFilter, $before: SafeInt, $limit: Int!) {\n    events(filter: $filter, before: $before, limit: $limit) {\n      items {\n        ...EventFields\n      }\n      nextCursor\n      hasMore\n    }\n  }\n': typeof types.EventsDocument;
  '\n  subscription LiveEvents($after: SafeInt, $filter: EventFilter) {\n    events(after: $after, filter: $filter) {\n      ...EventFields\n    }\n  }\n': typeof types.LiveEventsDocument;
  '\n  query Fleet {\n    clusters {\n      id\n      name\n      region\n      zone\n      kind\n      health {\n        status\n        reason\n      }\n      latencyP50Ms\n      nodeCounts {\n        total\n        ready\n      }\n      resources {\n        ...ClusterResourcesFields\n      }\n    }\n    services {\n      ...ServiceFields\n      federation {\n        moving\n        members {\n          ...FederationMemberFields\n        }\n      }\n    }\n  }\n': typeof types.FleetDocument;
  '\n  query ServiceFederation($id: ID!) {\n    service(id: $id) {\n      id\n      federation {\n        decidedAt\n        moving\n        summary\n        division {\n          cluster\n          clusterId\n          replicas\n          score\n          reason\n        }\n        excluded {\n          cluster\n          clusterId\n          reason\n        }\n        members {\n          ...FederationMemberFields\n        }\n        placement {\n          replicaScheduling\n        }\n      }\n    }\n  }\n': typeof types.ServiceFederationDocument;
  '\n  fragment RolloutFields on Rollout {\n    state\n    phase\n    total\n    updated\n    remaining\n    failed\n    isRollback\n    fromRevision\n    toRevision\n    startedAt\n    updatedAt\n    completedAt\n    progressive {\n      ...ProgressiveRolloutFields\n    }\n  }\n': typeof types.RolloutFieldsFragmentDoc;
  '\n  fragment RevisionFiguresFields on RevisionFigures {\n    requests\n    errors\n    errorRate\n    p95Ms\n  }\n': typeof types.RevisionFiguresFieldsFragmentDoc;
  '\n  fragment CanaryStepFields on CanaryStep {\n    weight\n    durationMs\n  }\n': typeof types.CanaryStepFieldsFragmentDoc;
  '\n  fragment ProgressiveRolloutFields on ProgressiveRollout {\n    kind\n    phase\n    step\n    weight\n    tasks\n    stableRevision\n    canaryRevision\n    stepStartedAt\n    switchedAt\n    message\n    steps {\n      ...CanaryStepFields\n    }\n    decision {\n      at\n      event\n      from\n      to\n      reason\n      step\n      weight\n      stable {\n        ...RevisionFiguresFields\n      }\n      canary {\n        ...RevisionFiguresFields\n      }\n    }\n  }\n': typeof types.ProgressiveRolloutFieldsFragmentDoc;
  '\n  fragment RolloutSampleFields on RolloutSample {\n    at\n    kind\n    step\n    weight\n    phase\n    stable {\n      ...RevisionFiguresFields\n    }\n    canary {\n      ...RevisionFiguresFields\n    }\n  }\n': typeof types.RolloutSampleFieldsFragmentDoc;
  '\n  fragment ServiceFields on Service {\n    id\n    name\n    clusterId\n    image\n    mode\n    revision\n    status\n    desiredReplicas\n    runningReplicas\n    healthyReplicas\n    pendingReplicas\n    unhealthyReplicas\n    updatedAt\n    rollout {\n      ...RolloutFields\n    }\n  }\n': typeof types.ServiceFieldsFragmentDoc;
  '\n  fragment UpdateConfigFields on UpdateConfig {\n    parallelism\n    delayMs\n    failureAction\n    monitorMs\n    minReadyMs\n    maxFailureRatio\n    order\n    canary\n    canarySteps {\n      weight\n      durationMs\n    }\n    analysis {\n      maxErrorRateIncrease\n      maxP95Ratio\n      minP95IncreaseMs\n      minRequests\n    }\n    blueGreen\n    blueGreenKeepMs\n  }\n': typeof types.UpdateConfigFieldsFragmentDoc;
  '\n  fragment TaskFields on Task {\n    id\n    serviceId\n    slot\n    revision\n    state\n    desiredState\n    health\n    nodeId\n    nodeName\n    containerId\n    stateReason\n    exitCode\n    failures\n    createdAt\n    updatedAt\n    readyAt\n    notBefore\n  }\n': typeof types.TaskFieldsFragmentDoc;
  '\n  fragment NodeFields on Node {\n    id\n    name\n    clusterId\n    role\n    status\n    statusMessage\n    availability\n    endpoint\n    publishAddress\n    hostname\n    engineId\n    engineVersion\n    cpus\n    memoryBytes\n    containerCount\n    runningContainerCount\n    lastSeenAt\n    createdAt\n    platform {\n      os\n      arch\n    }\n    labels {\n      key\n      value\n    }\n    capacity {\n      cpus\n      memoryBytes\n    }\n    allocated {\n      cpus\n      memoryBytes\n    }\n  }\n': typeof types.NodeFieldsFragmentDoc;
  '\n  fragment PortBindingFields on PortBinding {\n    containerPort\n    hostPort\n    hostIp\n    protocol\n  }\n': typeof types.PortBindingFieldsFragmentDoc;
  '\n  fragment ContainerFields on Container {\n    id\n    name\n    image\n    state\n    status\n    serviceId\n    taskId\n    revision\n    managed\n    createdAt\n    node {\n      ...NodeFields\n    }\n    ports {\n      ...PortBindingFields\n    }\n  }\n': typeof types.ContainerFieldsFragmentDoc;
  '\n  fragment UnreachableNodeFields on UnreachableNode {\n    id\n    name\n    reason\n  }\n': typeof types.UnreachableNodeFieldsFragmentDoc;
  '\n  fragment ContainerDetailsFields on ContainerDetails {\n    id\n    name\n    image\n    imageId\n    state\n    status\n    healthStatus\n    createdAt\n    startedAt\n    finishedAt\n    exitCode\n    oomKilled\n    error\n    pid\n    restartCount\n    managed\n    serviceId\n    taskId\n    revision\n    command\n    entrypoint\n    node {\n      ...NodeFields\n    }\n    env {\n      key\n      value\n    }\n    labels {\n      key\n      value\n    }\n    ports {\n      ...PortBindingFields\n    }\n    mounts {\n      type\n      source\n      target\n      readOnly\n    }\n    networks {\n      name\n      ipAddress\n      gateway\n      macAddress\n    }\n    resources {\n      cpuLimit\n      cpuReservation\n      memoryLimitBytes\n      memoryReservationBytes\n    }\n    restartPolicy {\n      condition\n      maxRetries\n    }\n    healthCheck {\n      test\n      intervalMs\n      timeoutMs\n      retries\n      startPeriodMs\n    }\n    health {\n      status\n      failingStreak\n      lastExitCode\n      lastOutput\n      probes {\n        start\n        end\n        exitCode\n        output\n      }\n    }\n  }\n': typeof types.ContainerDetailsFieldsFragmentDoc;
  '\n  fragment EventFields on Event {\n    cursor\n    time\n    kind\n    severity\n    message\n    nodeId\n    serviceId\n    taskId\n    containerId\n    data\n    gap {\n      from\n      to\n      count\n    }\n  }\n': typeof types.EventFieldsFragmentDoc;
  '\n  fragment MeFields on Me {\n    userId\n    username\n    kind\n    tokenName\n    roles {\n      environment\n      role\n    }\n    expiresAt\n    authEnabled\n  }\n': typeof types.MeFieldsFragmentDoc;
  '\n  fragment UserFields on User {\n    id\n    username\n    disabled\n    createdAt\n    lastLoginAt\n    roles {\n      environment\n      role\n    }\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n  fragment RoleBindingFields on RoleBinding {\n    environment\n    role\n    userId\n    username\n  }\n': typeof types.RoleBindingFieldsFragmentDoc;
  '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    owner\n    prefix\n    role\n    environments\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n': typeof types.ApiTokenFieldsFragmentDoc;
  '\n  fragment QuotaFields on Quota {\n    maxCpus\n    maxMemoryBytes\n    maxServices\n    maxContainers\n  }\n': typeof types.QuotaFieldsFragmentDoc;
  '\n  fragment EnvironmentFields on Environment {\n    id\n    name\n    description\n    createdAt\n    clusterIds\n    policy {\n      allowPrivileged\n      allowHostNetwork\n      allowHostPid\n      allowDockerSocket\n      allowedCapabilities\n      bindAllowedPaths\n    }\n    quota {\n      ...QuotaFields\n    }\n  }\n': typeof types.EnvironmentFieldsFragmentDoc;
  '\n  fragment SecretFields on Secret {\n    name\n    environment\n    version\n    createdAt\n    createdBy\n    updatedAt\n    usedBy\n  }\n': typeof types.SecretFieldsFragmentDoc;
  '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    time\n    actor\n    actorKind\n    action\n    environment\n    target\n    ip\n    userAgent\n    outcome\n    errorCode\n    details\n  }\n': typeof types.AuditEntryFieldsFragmentDoc;
  '\n  fragment StackWarningFields on StackWarning {\n    path\n    service\n    key\n    message\n    line\n  }\n': typeof types.StackWarningFieldsFragmentDoc;
  '\n  fragment StackPlanItemFields on StackPlanItem {\n    kind\n    name\n    diff {\n      field\n      from\n      to\n    }\n  }\n': typeof types.StackPlanItemFieldsFragmentDoc;
  '\n  fragment StackFields on Stack {\n    name\n    clusterId\n    status\n    networks\n    volumes\n    secrets\n    variables\n    createdAt\n    updatedAt\n    warnings {\n      ...StackWarningFields\n    }\n    services {\n      ...ServiceFields\n    }\n  }\n': typeof types.StackFieldsFragmentDoc;
  '\n  fragment AutoscaleSpecFields on AutoscaleSpec {\n    min\n    max\n    targetCpuPercent\n    targetMemoryPercent\n    targetRequestRate\n    tolerance\n    scaleUpStabilizationMs\n    scaleDownStabilizationMs\n    cooldownMs\n  }\n': typeof types.AutoscaleSpecFieldsFragmentDoc;
  '\n  fragment NodeStatsFields on NodeStats {\n    nodeId\n    timestamp\n    containerCount\n    sampledContainerCount\n    usedCpus\n    cpus\n    cpuPercent\n    memoryUsedBytes\n    memoryTotalBytes\n    memoryPercent\n    networkRxBytesPerSec\n    networkTxBytesPerSec\n  }\n': typeof types.NodeStatsFieldsFragmentDoc;
  '\n  fragment ContainerStatsFields on ContainerStats {\n    containerId\n    timestamp\n    cpuPercent\n    onlineCpus\n    memoryUsageBytes\n    memoryLimitBytes\n    memoryPercent\n    networkRxBytesPerSec\n    networkTxBytesPerSec\n    networkRxBytes\n    networkTxBytes\n    pids\n  }\n': typeof types.ContainerStatsFieldsFragmentDoc;
  '\n  fragment IngressWindowStatsFields on IngressWindowStats {\n    windowMs\n    requests\n    errors\n    p50Ms\n    p95Ms\n  }\n': typeof types.IngressWindowStatsFieldsFragmentDoc;
  '\n  fragment ClusterResourcesFields on ClusterResources {\n    totalCpus\n    reservedCpus\n    usedCpus\n    totalMemoryBytes\n    reservedMemoryBytes\n    usedMemoryBytes\n  }\n': typeof types.ClusterResourcesFieldsFragmentDoc;
  '\n  fragment FederationMemberFields on FederationMember {\n    cluster\n    clusterId\n    desired\n    running\n    healthy\n  }\n': typeof types.FederationMemberFieldsFragmentDoc;
  '\n  fragment ClusterPlacementFields on ClusterPlacement {\n    affinity {\n      names\n      regions\n      labels {\n        key\n        value\n      }\n    }\n    antiAffinity {\n      names\n      regions\n      labels {\n        key\n        value\n      }\n    }\n    spread\n    replicaScheduling\n    weights {\n      cluster\n      weight\n    }\n    regionPreference\n    overrides {\n      cluster\n      image\n      env {\n        key\n        value\n      }\n      replicas\n      resources {\n        cpuLimit\n        cpuReservation\n        memoryLimit\n        memoryReservation\n      }\n    }\n  }\n': typeof types.ClusterPlacementFieldsFragmentDoc;
  '\n  query Images {\n    images {\n      items {\n        id\n        node {\n          id\n          name\n        }\n        repoTags\n        repoDigests\n        sizeBytes\n        createdAt\n        containers {\n          id\n          name\n          state\n        }\n        services {\n          id\n          name\n          containers\n        }\n      }\n      unreachableNodes {\n        name\n        reason\n      }\n    }\n    nodes {\n      ...NodeFields\n    }\n  }\n': typeof types.ImagesDocument;
  '\n  query ImageHistory($node: ID!, $ref: String!) {\n    imageHistory(node: $node, ref: $ref) {\n      id\n      createdAt\n      createdBy\n      sizeBytes\n      tags\n    }\n  }\n': typeof types.ImageHistoryDocument;
  '\n  mutation StartImagePull($node: ID!, $ref: String!) {\n    startImagePull(node: $node, ref: $ref) {\n      id\n    }\n  }\n': typeof types.StartImagePullDocument;
  '\n  subscription ImagePull($id: ID!) {\n    imagePull(id: $id) {\n      id\n      ref\n      node {\n        name\n      }\n      state\n      percent\n      layers\n      layersDone\n      downloadedBytes\n      totalBytes\n      status\n      error\n    }\n  }\n': typeof types.ImagePullDocument;
  '\n  mutation TagImage($node: ID!, $source: String!, $repo: String!, $tag: String!) {\n    tagImage(node: $node, source: $source, repo: $repo, tag: $tag) {\n      id\n      repoTags\n    }\n  }\n': typeof types.TagImageDocument;
  '\n  mutation RemoveImage($node: ID!, $ref: String!) {\n    removeImage(node: $node, ref: $ref)\n  }\n': typeof types.RemoveImageDocument;
  '\n  query IngressStats($serviceId: ID!) {\n    ingressStats(serviceId: $serviceId) {\n      serviceId\n      port\n      listening\n      error\n      algorithm\n      tls\n      routes {\n        host\n        pathPrefix\n      }\n      inFlight\n      requests\n      errors\n      retries\n      recent {\n        ...IngressWindowStatsFields\n      }\n      backends {\n        taskId\n        revision\n        nodeName\n        address\n        port\n        state\n        consecutiveFailures\n        retryAt\n        draining\n        inFlight\n        requests\n        failures\n        lastError\n        probe {\n          healthy\n          lastError\n        }\n        recent {\n          ...IngressWindowStatsFields\n        }\n      }\n      revisions {\n        revision\n        replicas\n        weight\n        requests\n        errors\n        recent {\n          ...IngressWindowStatsFields\n        }\n      }\n    }\n  }\n': typeof types.IngressStatsDocument;
  '\n  query Networks {\n    networks {\n      id\n      name\n      driver\n      subnet\n      gateway\n      services\n      nodes {\n        nodeId\n        nodeName\n        present\n        slice\n        error\n        containers {\n          containerId\n        }\n      }\n      endpoints {\n        serviceId\n        serviceName\n        taskId\n        slot\n        nodeId\n        nodeName\n        state\n        health\n        ip\n        inDns\n      }\n    }\n    services {\n      id\n      name\n      spec {\n        ports {\n          containerPort\n          protocol\n        }\n      }\n    }\n    serviceDns {\n      enabled\n      nameserver\n      serving\n      queries\n      names\n    }\n  }\n': typeof types.NetworksDocument;
  '\n  mutation CheckConnectivity($input: ConnectivityInput!) {\n    checkConnectivity(input: $input) {\n      fromService\n      fromTaskId\n      fromContainerId\n      fromNode\n      toService\n      port\n      resolved\n      resolveOk\n      resolveMs\n      expected\n      connected\n      connectMs\n      execOverheadMs\n      output\n      error\n    }\n  }\n': typeof types.CheckConnectivityDocument;
  '\n  query Nodes {\n    nodes {\n      ...NodeFields\n    }\n  }\n': typeof types.NodesDocument;
  '\n  query NodeTasks($nodeId: ID!) {\n    tasks(nodeId: $nodeId) {\n      ...TaskFields\n    }\n    services {\n      id\n      name\n    }\n  }\n': typeof types.NodeTasksDocument;
  '\n  subscription NodeStats($nodeId: ID!, $intervalMs: Int!) {\n    nodeStats(nodeId: $nodeId, intervalMs: $intervalMs) {\n      ...NodeStatsFields\n    }\n  }\n': typeof types.NodeStatsDocument;
  '\n  mutation UpdateNode($id: ID!, $input: UpdateNodeInput!) {\n    updateNode(id: $id, input: $input) {\n      ...NodeFields\n    }\n  }\n': typeof types.UpdateNodeDocument;
  '\n  subscription NodesStats($nodeIds: [ID!]) {\n    nodesStats(nodeIds: $nodeIds) {\n      timestamp\n      items {\n        ...NodeStatsFields\n      }\n    }\n  }\n': typeof types.NodesStatsDocument;
  '\n  query RolloutTimeline($id: ID!, $limit: Int!) {\n    service(id: $id) {\n      id\n      rollout {\n        timeline(limit: $limit) {\n          ...RolloutSampleFields\n        }\n      }\n    }\n  }\n': typeof types.RolloutTimelineDocument;
  '\n  mutation PromoteRollout($id: ID!) {\n    promoteRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n': typeof types.PromoteRolloutDocument;
  '\n  mutation AbortRollout($id: ID!) {\n    abortRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n': typeof types.AbortRolloutDocument;
  '\n  query Services($search: String, $status: ServiceStatus) {\n    services(search: $search, status: $status) {\n      ...ServiceFields\n    }\n  }\n': typeof types.ServicesDocument;
  '\n  query ServiceRow($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n    }\n  }\n': typeof types.ServiceRowDocument;
  '\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n      previousRevision\n      createdAt\n      pins {\n        volume\n        nodeName\n        constraint\n        reason\n      }\n      unplaced {\n        taskId\n        slot\n        reason\n        nodesConsidered\n        failures {\n          filter\n          nodes\n          reason\n        }\n      }\n      tasks {\n        ...TaskFields\n      }\n      spec {\n        name\n        image\n        command\n        mode\n        replicas\n        env {\n          key\n          value\n        }\n        labels {\n          key\n          value\n        }\n        ports {\n          containerPort\n          hostPort\n          hostIp\n          protocol\n        }\n        limits {\n          cpus\n          memoryBytes\n        }\n        reservations {\n          cpus\n          memoryBytes\n        }\n        healthCheck {\n          test\n          intervalMs\n          timeoutMs\n          retries\n          startPeriodMs\n        }\n        placement {\n          constraints\n          spread\n          maxReplicasPerNode\n          nodeAffinity {\n            expression\n            weight\n          }\n          serviceAffinity {\n            service\n            weight\n          }\n          clusters {\n            ...ClusterPlacementFields\n          }\n        }\n        update {\n          ...UpdateConfigFields\n        }\n        rollback {\n          ...UpdateConfigFields\n        }\n        restartPolicy {\n          condition\n          delayMs\n          maxAttempts\n          maxDelayMs\n          windowMs\n        }\n        stopTimeoutSec\n        priority\n        preemption\n        networks\n        volumes {\n          type\n          source\n          target\n          readOnly\n        }\n        ingress {\n          port\n          targetPort\n          algorithm\n          failureThreshold\n          resetTimeoutMs\n          upstreamTimeoutMs\n          routes {\n            host\n            pathPrefix\n          }\n          tls {\n            secret\n          }\n          probe {\n            path\n            intervalMs\n            timeoutMs\n            healthyThreshold\n            unhealthyThreshold\n          }\n        }\n        autoscale {\n          ...AutoscaleSpecFields\n        }\n        secrets {\n          name\n          target\n          env\n        }\n        security {\n          privileged\n          hostNetwork\n          hostPid\n          capAdd\n        }\n        entrypoint\n        aliases {\n          network\n          aliases\n        }\n      }\n    }\n  }\n': typeof types.ServiceDocument;
  '\n  query Revisions($id: ID!) {\n    serviceRevisions(id: $id) {\n      number\n      current\n      image\n      reason\n      createdAt\n      createdBy\n      diff {\n        path\n        from\n        to\n      }\n    }\n  }\n': typeof types.RevisionsDocument;
  '\n  mutation CreateService($spec: ServiceSpecInput!) {\n    createService(spec: $spec) {\n      ...ServiceFields\n    }\n  }\n': typeof types.CreateServiceDocument;
  '\n  mutation UpdateService($id: ID!, $spec: ServiceSpecInput!) {\n    updateService(id: $id, spec: $spec) {\n      ...ServiceFields\n    }\n  }\n': typeof types.UpdateServiceDocument;
  '\n  mutation PatchService($id: ID!, $patch: ServicePatchInput!) {\n    patchService(id: $id, patch: $patch) {\n      ...ServiceFields\n    }\n  }\n': typeof types.PatchServiceDocument;
  '\n  mutation RollbackService($id: ID!, $toRevision: Int) {\n    rollbackService(id: $id, toRevision: $toRevision) {\n      ...ServiceFields\n    }\n  }\n': typeof types.RollbackServiceDocument;
  '\n  mutation PauseRollout($id: ID!) {\n    pauseRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n': typeof types.PauseRolloutDocument;
  '\n  mutation ResumeRollout($id: ID!) {\n    resumeRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n': typeof types.ResumeRolloutDocument;
  '\n  mutation RemoveService($id: ID!) {\n    removeService(id: $id) {\n      id\n    }\n  }\n': typeof types.RemoveServiceDocument;
  '\n  query Session {\n    me {\n      ...MeFields\n    }\n  }\n': typeof types.SessionDocument;
  '\n  query SessionEnvironments {\n    environments {\n      ...EnvironmentFields\n    }\n  }\n': typeof types.SessionEnvironmentsDocument;
  '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query Stacks {\n    stacks {\n      ...StackFields\n    }\n  }\n': typeof types.StacksDocument;
  '\n  query Stack($name: String!) {\n    stack(name: $name) {\n      ...StackFields\n      compose\n    }\n  }\n': typeof types.StackDocument;
  '\n  mutation DeployStack(\n    $name: String!\n    $compose: String!\n    $variables: [StackVariableInput!]\n    $envFiles: [StackFileInput!]\n    $dryRun: Boolean\n    $removeOrphans: Boolean\n  ) {\n    deployStack(\n      name: $name\n      compose: $compose\n      variables: $variables\n      envFiles: $envFiles\n      dryRun: $dryRun\n      removeOrphans: $removeOrphans\n    ) {\n      applied\n      plan {\n        create {\n          ...StackPlanItemFields\n        }\n        update {\n          ...StackPlanItemFields\n        }\n        remove {\n          ...StackPlanItemFields\n        }\n        unchanged\n        warnings {\n          ...StackWarningFields\n        }\n      }\n      stack {\n        ...StackFields\n        compose\n      }\n    }\n  }\n': typeof types.DeployStackDocument;
  '\n  mutation RemoveStack($name: String!, $removeVolumes: Boolean) {\n    removeStack(name: $name, removeVolumes: $removeVolumes) {\n      name\n    }\n  }\n': typeof types.RemoveStackDocument;
  '\n  query StackCompose($name: String!) {\n    stackCompose(name: $name)\n  }\n': typeof types.StackComposeDocument;
  '\n  query Volumes {\n    volumes {\n      nodeId\n      nodeName\n      name\n      driver\n      createdAt\n      managed\n      services\n      sizeBytes\n    }\n    volumeBackups {\n      file\n      bytes\n      createdAt\n      sha256\n      nodeName\n      volume\n    }\n    nodes {\n      ...NodeFields\n    }\n  }\n': typeof types.VolumesDocument;
  '\n  mutation BackupVolume($node: ID!, $name: String!) {\n    backupVolume(node: $node, name: $name) {\n      file\n      bytes\n      sha256\n    }\n  }\n': typeof types.BackupVolumeDocument;
  '\n  mutation RestoreVolume($node: ID!, $file: String!, $newName: String!) {\n    restoreVolume(node: $node, file: $file, newName: $newName) {\n      name\n      nodeName\n    }\n  }\n': typeof types.RestoreVolumeDocument;
};
const documents: Documents = {
  '\n  query AccessUsers {\n    users {\n      ...UserFields\n    }\n  }\n': types.AccessUsersDocument,
  '\n  query AccessRoleBindings($environment: String) {\n    roleBindings(environment: $environment) {\n      ...RoleBindingFields\n    }\n  }\n':
    types.AccessRoleBindingsDocument,
  '\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.AccessCreateUserDocument,
  '\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.AccessUpdateUserDocument,
  '\n  mutation AccessRemoveUser($id: ID!) {\n    removeUser(id: $id) {\n      id\n      username\n    }\n  }\n':
    types.AccessRemoveUserDocument,
  '\n  mutation AccessSetRoleBinding($environment: String!, $user: ID!, $role: Role!) {\n    setRoleBinding(environment: $environment, user: $user, role: $role) {\n      ...RoleBindingFields\n    }\n  }\n':
    types.AccessSetRoleBindingDocument,
  '\n  mutation AccessRemoveRoleBinding($environment: String!, $user: ID!) {\n    removeRoleBinding(environment: $environment, user: $user)\n  }\n':
    types.AccessRemoveRoleBindingDocument,
  '\n  query AccessTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n':
    types.AccessTokensDocument,
  '\n  mutation AccessCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n':
    types.AccessCreateTokenDocument,
  '\n  mutation AccessRevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n':
    types.AccessRevokeTokenDocument,
  '\n  query AccessEnvironments {\n    environments {\n      ...EnvironmentFields\n    }\n  }\n':
    types.AccessEnvironmentsDocument,
  '\n  query AccessClusters {\n    clusters {\n      id\n      name\n      nodeCounts {\n        total\n        ready\n      }\n    }\n  }\n':
    types.AccessClustersDocument,
  '\n  query AccessQuotaUsage($environment: String!) {\n    quotaUsage(environment: $environment) {\n      environment\n      cpus\n      memoryBytes\n      services\n      containers\n      unreachableNodes\n      quota {\n        ...QuotaFields\n      }\n    }\n  }\n':
    types.AccessQuotaUsageDocument,
  '\n  mutation AccessSetQuota($environment: String!, $quota: QuotaInput!) {\n    setQuota(environment: $environment, quota: $quota) {\n      ...EnvironmentFields\n    }\n  }\n':
    types.AccessSetQuotaDocument,
  '\n  mutation AccessCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      ...EnvironmentFields\n    }\n  }\n':
    types.AccessCreateEnvironmentDocument,
  '\n  query AccessSecrets($environment: String!) {\n    secrets(environment: $environment) {\n      ...SecretFields\n    }\n  }\n':
    types.AccessSecretsDocument,
  '\n  mutation AccessCreateSecret($environment: String!, $name: String!, $value: String!) {\n    createSecret(environment: $environment, name: $name, value: $value) {\n      ...SecretFields\n    }\n  }\n':
    types.AccessCreateSecretDocument,
  '\n  mutation AccessRotateSecret($environment: String!, $name: String!, $value: String!) {\n    rotateSecret(environment: $environment, name: $name, value: $value) {\n      ...SecretFields\n    }\n  }\n':
    types.AccessRotateSecretDocument,
  '\n  mutation AccessRemoveSecret($environment: String!, $name: String!) {\n    removeSecret(environment: $environment, name: $name) {\n      name\n      environment\n    }\n  }\n':
    types.AccessRemoveSecretDocument,
  '\n  query AuditLog($filter: AuditFilterInput, $before: SafeInt, $after: SafeInt, $limit: Int!) {\n    auditLog(filter: $filter, before: $before, after: $after, limit: $limit) {\n      hasMore\n      nextCursor\n      items {\n        ...AuditEntryFields\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  subscription AuditEvents($environment: String, $after: SafeInt) {\n    auditEvents(environment: $environment, after: $after) {\n      ...AuditEntryFields\n    }\n  }\n':
    types.AuditEventsDocument,
  '\n  query AutoscaleStatus($serviceId: ID!) {\n    autoscaleStatus(serviceId: $serviceId) {\n      serviceId\n      enabled\n      replicas\n      lastScaleAt\n      spec {\n        ...AutoscaleSpecFields\n      }\n      metrics {\n        cpuPercent\n        memoryPercent\n        requestRate\n      }\n      decisions {\n        at\n        action\n        current\n        desired\n        recommended\n        metric\n        value\n        target\n        reason\n        measured\n        applied\n      }\n    }\n  }\n':
    types.AutoscaleStatusDocument,
  '\n  mutation SetAutoscale($id: ID!, $input: AutoscaleInput) {\n    setAutoscale(id: $id, input: $input) {\n      ...ServiceFields\n      spec {\n        autoscale {\n          ...AutoscaleSpecFields\n        }\n      }\n    }\n  }\n':
    types.SetAutoscaleDocument,
  '\n  query Overview {\n    cluster {\n      id\n      name\n      containerCount\n      runningContainerCount\n      nodeCounts {\n        total\n        ready\n        down\n        draining\n        unhealthy\n      }\n      resources {\n        ...ClusterResourcesFields\n      }\n    }\n    nodes {\n      ...NodeFields\n    }\n    services {\n      ...ServiceFields\n    }\n  }\n':
    types.OverviewDocument,
  '\n  query ControlPlane {\n    system {\n      version\n      startedAt\n      instanceId\n      leader {\n        instanceId\n        self\n        since\n        token\n      }\n    }\n  }\n':
    types.ControlPlaneDocument,
  '\n  query Containers($filter: ContainerFilter) {\n    containers(filter: $filter) {\n      items {\n        ...ContainerFields\n      }\n      unreachableNodes {\n        ...UnreachableNodeFields\n      }\n    }\n  }\n':
    types.ContainersDocument,
  '\n  query ContainersPage($filter: ContainerFilter, $first: Int) {\n    containersConnection(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...ContainerFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n      totalCount\n      unreachableNodes {\n        ...UnreachableNodeFields\n      }\n    }\n  }\n':
    types.ContainersPageDocument,
  '\n  query Container($id: ID!, $node: ID) {\n    container(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n':
    types.ContainerDocument,
  '\n  subscription ContainerStats($containerId: String!, $nodeId: ID) {\n    containerStats(containerId: $containerId, nodeId: $nodeId) {\n      ...ContainerStatsFields\n    }\n  }\n':
    types.ContainerStatsDocument,
  '\n  subscription ContainerLogs($containerId: String!, $nodeId: ID, $tail: Int) {\n    containerLogs(containerId: $containerId, nodeId: $nodeId, tail: $tail, follow: true) {\n      timestamp\n      stream\n      message\n    }\n  }\n':
    types.ContainerLogsDocument,
  '\n  mutation StartContainer($id: ID!, $node: ID) {\n    startContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n':
    types.StartContainerDocument,
  '\n  mutation StopContainer($id: ID!, $node: ID) {\n    stopContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n':
    types.StopContainerDocument,
  '\n  mutation RestartContainer($id: ID!, $node: ID) {\n    restartContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n':
    types.RestartContainerDocument,
  '\n  mutation RemoveContainer($id: ID!, $node: ID, $force: Boolean!) {\n    removeContainer(id: $id, node: $node, force: $force)\n  }\n':
    types.RemoveContainerDocument,
  '\n  subscription ContainersStats($containers: [ContainerStatsTargetInput!]!) {\n    containersStats(containers: $containers) {\n      timestamp\n      items {\n        ...ContainerStatsFields\n        nodeId\n      }\n      pending\n      gone\n    }\n  }\n':
    types.ContainersStatsDocument,
  '\n  query Events($filter: EventFilter, $before: SafeInt, $limit: Int!) {\n    events(filter: $filter, before: $before, limit: $limit) {\n      items {\n        ...EventFields\n      }\n      nextCursor\n      hasMore\n    }\n  }\n':
    types.EventsDocument,
  '\n  subscription LiveEvents($after: SafeInt, $filter: EventFilter) {\n    events(after: $after, filter: $filter) {\n      ...EventFields\n    }\n  }\n':
    types.LiveEventsDocument,
  '\n  query Fleet {\n    clusters {\n      id\n      name\n      region\n      zone\n      kind\n      health {\n        status\n        reason\n      }\n      latencyP50Ms\n      nodeCounts {\n        total\n        ready\n      }\n      resources {\n        ...ClusterResourcesFields\n      }\n    }\n    services {\n      ...ServiceFields\n      federation {\n        moving\n        members {\n          ...FederationMemberFields\n        }\n      }\n    }\n  }\n':
    types.FleetDocument,
  '\n  query ServiceFederation($id: ID!) {\n    service(id: $id) {\n      id\n      federation {\n        decidedAt\n        moving\n        summary\n        division {\n          cluster\n          clusterId\n          replicas\n          score\n          reason\n        }\n        excluded {\n          cluster\n          clusterId\n          reason\n        }\n        members {\n          ...FederationMemberFields\n        }\n        placement {\n          replicaScheduling\n        }\n      }\n    }\n  }\n':
    types.ServiceFederationDocument,
  '\n  fragment RolloutFields on Rollout {\n    state\n    phase\n    total\n    updated\n    remaining\n    failed\n    isRollback\n    fromRevision\n    toRevision\n    startedAt\n    updatedAt\n    completedAt\n    progressive {\n      ...ProgressiveRolloutFields\n    }\n  }\n':
    types.RolloutFieldsFragmentDoc,
  '\n  fragment RevisionFiguresFields on RevisionFigures {\n    requests\n    errors\n    errorRate\n    p95Ms\n  }\n':
    types.RevisionFiguresFieldsFragmentDoc,
  '\n  fragment CanaryStepFields on CanaryStep {\n    weight\n    durationMs\n  }\n':
    types.CanaryStepFieldsFragmentDoc,
  '\n  fragment ProgressiveRolloutFields on ProgressiveRollout {\n    kind\n    phase\n    step\n    weight\n    tasks\n    stableRevision\n    canaryRevision\n    stepStartedAt\n    switchedAt\n    message\n    steps {\n      ...CanaryStepFields\n    }\n    decision {\n      at\n      event\n      from\n      to\n      reason\n      step\n      weight\n      stable {\n        ...RevisionFiguresFields\n      }\n      canary {\n        ...RevisionFiguresFields\n      }\n    }\n  }\n':
    types.ProgressiveRolloutFieldsFragmentDoc,
  '\n  fragment RolloutSampleFields on RolloutSample {\n    at\n    kind\n    step\n    weight\n    phase\n    stable {\n      ...RevisionFiguresFields\n    }\n    canary {\n      ...RevisionFiguresFields\n    }\n  }\n':
    types.RolloutSampleFieldsFragmentDoc,
  '\n  fragment ServiceFields on Service {\n    id\n    name\n    clusterId\n    image\n    mode\n    revision\n    status\n    desiredReplicas\n    runningReplicas\n    healthyReplicas\n    pendingReplicas\n    unhealthyReplicas\n    updatedAt\n    rollout {\n      ...RolloutFields\n    }\n  }\n':
    types.ServiceFieldsFragmentDoc,
  '\n  fragment UpdateConfigFields on UpdateConfig {\n    parallelism\n    delayMs\n    failureAction\n    monitorMs\n    minReadyMs\n    maxFailureRatio\n    order\n    canary\n    canarySteps {\n      weight\n      durationMs\n    }\n    analysis {\n      maxErrorRateIncrease\n      maxP95Ratio\n      minP95IncreaseMs\n      minRequests\n    }\n    blueGreen\n    blueGreenKeepMs\n  }\n':
    types.UpdateConfigFieldsFragmentDoc,
  '\n  fragment TaskFields on Task {\n    id\n    serviceId\n    slot\n    revision\n    state\n    desiredState\n    health\n    nodeId\n    nodeName\n    containerId\n    stateReason\n    exitCode\n    failures\n    createdAt\n    updatedAt\n    readyAt\n    notBefore\n  }\n':
    types.TaskFieldsFragmentDoc,
  '\n  fragment NodeFields on Node {\n    id\n    name\n    clusterId\n    role\n    status\n    statusMessage\n    availability\n    endpoint\n    publishAddress\n    hostname\n    engineId\n    engineVersion\n    cpus\n    memoryBytes\n    containerCount\n    runningContainerCount\n    lastSeenAt\n    createdAt\n    platform {\n      os\n      arch\n    }\n    labels {\n      key\n      value\n    }\n    capacity {\n      cpus\n      memoryBytes\n    }\n    allocated {\n      cpus\n      memoryBytes\n    }\n  }\n':
    types.NodeFieldsFragmentDoc,
  '\n  fragment PortBindingFields on PortBinding {\n    containerPort\n    hostPort\n    hostIp\n    protocol\n  }\n':
    types.PortBindingFieldsFragmentDoc,
  '\n  fragment ContainerFields on Container {\n    id\n    name\n    image\n    state\n    status\n    serviceId\n    taskId\n    revision\n    managed\n    createdAt\n    node {\n      ...NodeFields\n    }\n    ports {\n      ...PortBindingFields\n    }\n  }\n':
    types.ContainerFieldsFragmentDoc,
  '\n  fragment UnreachableNodeFields on UnreachableNode {\n    id\n    name\n    reason\n  }\n':
    types.UnreachableNodeFieldsFragmentDoc,
  '\n  fragment ContainerDetailsFields on ContainerDetails {\n    id\n    name\n    image\n    imageId\n    state\n    status\n    healthStatus\n    createdAt\n    startedAt\n    finishedAt\n    exitCode\n    oomKilled\n    error\n    pid\n    restartCount\n    managed\n    serviceId\n    taskId\n    revision\n    command\n    entrypoint\n    node {\n      ...NodeFields\n    }\n    env {\n      key\n      value\n    }\n    labels {\n      key\n      value\n    }\n    ports {\n      ...PortBindingFields\n    }\n    mounts {\n      type\n      source\n      target\n      readOnly\n    }\n    networks {\n      name\n      ipAddress\n      gateway\n      macAddress\n    }\n    resources {\n      cpuLimit\n      cpuReservation\n      memoryLimitBytes\n      memoryReservationBytes\n    }\n    restartPolicy {\n      condition\n      maxRetries\n    }\n    healthCheck {\n      test\n      intervalMs\n      timeoutMs\n      retries\n      startPeriodMs\n    }\n    health {\n      status\n      failingStreak\n      lastExitCode\n      lastOutput\n      probes {\n        start\n        end\n        exitCode\n        output\n      }\n    }\n  }\n':
    types.ContainerDetailsFieldsFragmentDoc,
  '\n  fragment EventFields on Event {\n    cursor\n    time\n    kind\n    severity\n    message\n    nodeId\n    serviceId\n    taskId\n    containerId\n    data\n    gap {\n      from\n      to\n      count\n    }\n  }\n':
    types.EventFieldsFragmentDoc,
  '\n  fragment MeFields on Me {\n    userId\n    username\n    kind\n    tokenName\n    roles {\n      environment\n      role\n    }\n    expiresAt\n    authEnabled\n  }\n':
    types.MeFieldsFragmentDoc,
  '\n  fragment UserFields on User {\n    id\n    username\n    disabled\n    createdAt\n    lastLoginAt\n    roles {\n      environment\n      role\n    }\n  }\n':
    types.UserFieldsFragmentDoc,
  '\n  fragment RoleBindingFields on RoleBinding {\n    environment\n    role\n    userId\n    username\n  }\n':
    types.RoleBindingFieldsFragmentDoc,
  '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    owner\n    prefix\n    role\n    environments\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n':
    types.ApiTokenFieldsFragmentDoc,
  '\n  fragment QuotaFields on Quota {\n    maxCpus\n    maxMemoryBytes\n    maxServices\n    maxContainers\n  }\n':
    types.QuotaFieldsFragmentDoc,
  '\n  fragment EnvironmentFields on Environment {\n    id\n    name\n    description\n    createdAt\n    clusterIds\n    policy {\n      allowPrivileged\n      allowHostNetwork\n      allowHostPid\n      allowDockerSocket\n      allowedCapabilities\n      bindAllowedPaths\n    }\n    quota {\n      ...QuotaFields\n    }\n  }\n':
    types.EnvironmentFieldsFragmentDoc,
  '\n  fragment SecretFields on Secret {\n    name\n    environment\n    version\n    createdAt\n    createdBy\n    updatedAt\n    usedBy\n  }\n':
    types.SecretFieldsFragmentDoc,
  '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    time\n    actor\n    actorKind\n    action\n    environment\n    target\n    ip\n    userAgent\n    outcome\n    errorCode\n    details\n  }\n':
    types.AuditEntryFieldsFragmentDoc,
  '\n  fragment StackWarningFields on StackWarning {\n    path\n    service\n    key\n    message\n    line\n  }\n':
    types.StackWarningFieldsFragmentDoc,
  '\n  fragment StackPlanItemFields on StackPlanItem {\n    kind\n    name\n    diff {\n      field\n      from\n      to\n    }\n  }\n':
    types.StackPlanItemFieldsFragmentDoc,
  '\n  fragment StackFields on Stack {\n    name\n    clusterId\n    status\n    networks\n    volumes\n    secrets\n    variables\n    createdAt\n    updatedAt\n    warnings {\n      ...StackWarningFields\n    }\n    services {\n      ...ServiceFields\n    }\n  }\n':
    types.StackFieldsFragmentDoc,
  '\n  fragment AutoscaleSpecFields on AutoscaleSpec {\n    min\n    max\n    targetCpuPercent\n    targetMemoryPercent\n    targetRequestRate\n    tolerance\n    scaleUpStabilizationMs\n    scaleDownStabilizationMs\n    cooldownMs\n  }\n':
    types.AutoscaleSpecFieldsFragmentDoc,
  '\n  fragment NodeStatsFields on NodeStats {\n    nodeId\n    timestamp\n    containerCount\n    sampledContainerCount\n    usedCpus\n    cpus\n    cpuPercent\n    memoryUsedBytes\n    memoryTotalBytes\n    memoryPercent\n    networkRxBytesPerSec\n    networkTxBytesPerSec\n  }\n':
    types.NodeStatsFieldsFragmentDoc,
  '\n  fragment ContainerStatsFields on ContainerStats {\n    containerId\n    timestamp\n    cpuPercent\n    onlineCpus\n    memoryUsageBytes\n    memoryLimitBytes\n    memoryPercent\n    networkRxBytesPerSec\n    networkTxBytesPerSec\n    networkRxBytes\n    networkTxBytes\n    pids\n  }\n':
    types.ContainerStatsFieldsFragmentDoc,
  '\n  fragment IngressWindowStatsFields on IngressWindowStats {\n    windowMs\n    requests\n    errors\n    p50Ms\n    p95Ms\n  }\n':
    types.IngressWindowStatsFieldsFragmentDoc,
  '\n  fragment ClusterResourcesFields on ClusterResources {\n    totalCpus\n    reservedCpus\n    usedCpus\n    totalMemoryBytes\n    reservedMemoryBytes\n    usedMemoryBytes\n  }\n':
    types.ClusterResourcesFieldsFragmentDoc,
  '\n  fragment FederationMemberFields on FederationMember {\n    cluster\n    clusterId\n    desired\n    running\n    healthy\n  }\n':
    types.FederationMemberFieldsFragmentDoc,
  '\n  fragment ClusterPlacementFields on ClusterPlacement {\n    affinity {\n      names\n      regions\n      labels {\n        key\n        value\n      }\n    }\n    antiAffinity {\n      names\n      regions\n      labels {\n        key\n        value\n      }\n    }\n    spread\n    replicaScheduling\n    weights {\n      cluster\n      weight\n    }\n    regionPreference\n    overrides {\n      cluster\n      image\n      env {\n        key\n        value\n      }\n      replicas\n      resources {\n        cpuLimit\n        cpuReservation\n        memoryLimit\n        memoryReservation\n      }\n    }\n  }\n':
    types.ClusterPlacementFieldsFragmentDoc,
  '\n  query Images {\n    images {\n      items {\n        id\n        node {\n          id\n          name\n        }\n        repoTags\n        repoDigests\n        sizeBytes\n        createdAt\n        containers {\n          id\n          name\n          state\n        }\n        services {\n          id\n          name\n          containers\n        }\n      }\n      unreachableNodes {\n        name\n        reason\n      }\n    }\n    nodes {\n      ...NodeFields\n    }\n  }\n':
    types.ImagesDocument,
  '\n  query ImageHistory($node: ID!, $ref: String!) {\n    imageHistory(node: $node, ref: $ref) {\n      id\n      createdAt\n      createdBy\n      sizeBytes\n      tags\n    }\n  }\n':
    types.ImageHistoryDocument,
  '\n  mutation StartImagePull($node: ID!, $ref: String!) {\n    startImagePull(node: $node, ref: $ref) {\n      id\n    }\n  }\n':
    types.StartImagePullDocument,
  '\n  subscription ImagePull($id: ID!) {\n    imagePull(id: $id) {\n      id\n      ref\n      node {\n        name\n      }\n      state\n      percent\n      layers\n      layersDone\n      downloadedBytes\n      totalBytes\n      status\n      error\n    }\n  }\n':
    types.ImagePullDocument,
  '\n  mutation TagImage($node: ID!, $source: String!, $repo: String!, $tag: String!) {\n    tagImage(node: $node, source: $source, repo: $repo, tag: $tag) {\n      id\n      repoTags\n    }\n  }\n':
    types.TagImageDocument,
  '\n  mutation RemoveImage($node: ID!, $ref: String!) {\n    removeImage(node: $node, ref: $ref)\n  }\n':
    types.RemoveImageDocument,
  '\n  query IngressStats($serviceId: ID!) {\n    ingressStats(serviceId: $serviceId) {\n      serviceId\n      port\n      listening\n      error\n      algorithm\n      tls\n      routes {\n        host\n        pathPrefix\n      }\n      inFlight\n      requests\n      errors\n      retries\n      recent {\n        ...IngressWindowStatsFields\n      }\n      backends {\n        taskId\n        revision\n        nodeName\n        address\n        port\n        state\n        consecutiveFailures\n        retryAt\n        draining\n        inFlight\n        requests\n        failures\n        lastError\n        probe {\n          healthy\n          lastError\n        }\n        recent {\n          ...IngressWindowStatsFields\n        }\n      }\n      revisions {\n        revision\n        replicas\n        weight\n        requests\n        errors\n        recent {\n          ...IngressWindowStatsFields\n        }\n      }\n    }\n  }\n':
    types.IngressStatsDocument,
  '\n  query Networks {\n    networks {\n      id\n      name\n      driver\n      subnet\n      gateway\n      services\n      nodes {\n        nodeId\n        nodeName\n        present\n        slice\n        error\n        containers {\n          containerId\n        }\n      }\n      endpoints {\n        serviceId\n        serviceName\n        taskId\n        slot\n        nodeId\n        nodeName\n        state\n        health\n        ip\n        inDns\n      }\n    }\n    services {\n      id\n      name\n      spec {\n        ports {\n          containerPort\n          protocol\n        }\n      }\n    }\n    serviceDns {\n      enabled\n      nameserver\n      serving\n      queries\n      names\n    }\n  }\n':
    types.NetworksDocument,
  '\n  mutation CheckConnectivity($input: ConnectivityInput!) {\n    checkConnectivity(input: $input) {\n      fromService\n      fromTaskId\n      fromContainerId\n      fromNode\n      toService\n      port\n      resolved\n      resolveOk\n      resolveMs\n      expected\n      connected\n      connectMs\n      execOverheadMs\n      output\n      error\n    }\n  }\n':
    types.CheckConnectivityDocument,
  '\n  query Nodes {\n    nodes {\n      ...NodeFields\n    }\n  }\n': types.NodesDocument,
  '\n  query NodeTasks($nodeId: ID!) {\n    tasks(nodeId: $nodeId) {\n      ...TaskFields\n    }\n    services {\n      id\n      name\n    }\n  }\n':
    types.NodeTasksDocument,
  '\n  subscription NodeStats($nodeId: ID!, $intervalMs: Int!) {\n    nodeStats(nodeId: $nodeId, intervalMs: $intervalMs) {\n      ...NodeStatsFields\n    }\n  }\n':
    types.NodeStatsDocument,
  '\n  mutation UpdateNode($id: ID!, $input: UpdateNodeInput!) {\n    updateNode(id: $id, input: $input) {\n      ...NodeFields\n    }\n  }\n':
    types.UpdateNodeDocument,
  '\n  subscription NodesStats($nodeIds: [ID!]) {\n    nodesStats(nodeIds: $nodeIds) {\n      timestamp\n      items {\n        ...NodeStatsFields\n      }\n    }\n  }\n':
    types.NodesStatsDocument,
  '\n  query RolloutTimeline($id: ID!, $limit: Int!) {\n    service(id: $id) {\n      id\n      rollout {\n        timeline(limit: $limit) {\n          ...RolloutSampleFields\n        }\n      }\n    }\n  }\n':
    types.RolloutTimelineDocument,
  '\n  mutation PromoteRollout($id: ID!) {\n    promoteRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n':
    types.PromoteRolloutDocument,
  '\n  mutation AbortRollout($id: ID!) {\n    abortRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n':
    types.AbortRolloutDocument,
  '\n  query Services($search: String, $status: ServiceStatus) {\n    services(search: $search, status: $status) {\n      ...ServiceFields\n    }\n  }\n':
    types.ServicesDocument,
  '\n  query ServiceRow($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n    }\n  }\n':
    types.ServiceRowDocument,
  '\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n      previousRevision\n      createdAt\n      pins {\n        volume\n        nodeName\n        constraint\n        reason\n      }\n      unplaced {\n        taskId\n        slot\n        reason\n        nodesConsidered\n        failures {\n          filter\n          nodes\n          reason\n        }\n      }\n      tasks {\n        ...TaskFields\n      }\n      spec {\n        name\n        image\n        command\n        mode\n        replicas\n        env {\n          key\n          value\n        }\n        labels {\n          key\n          value\n        }\n        ports {\n          containerPort\n          hostPort\n          hostIp\n          protocol\n        }\n        limits {\n          cpus\n          memoryBytes\n        }\n        reservations {\n          cpus\n          memoryBytes\n        }\n        healthCheck {\n          test\n          intervalMs\n          timeoutMs\n          retries\n          startPeriodMs\n        }\n        placement {\n          constraints\n          spread\n          maxReplicasPerNode\n          nodeAffinity {\n            expression\n            weight\n          }\n          serviceAffinity {\n            service\n            weight\n          }\n          clusters {\n            ...ClusterPlacementFields\n          }\n        }\n        update {\n          ...UpdateConfigFields\n        }\n        rollback {\n          ...UpdateConfigFields\n        }\n        restartPolicy {\n          condition\n          delayMs\n          maxAttempts\n          maxDelayMs\n          windowMs\n        }\n        stopTimeoutSec\n        priority\n        preemption\n        networks\n        volumes {\n          type\n          source\n          target\n          readOnly\n        }\n        ingress {\n          port\n          targetPort\n          algorithm\n          failureThreshold\n          resetTimeoutMs\n          upstreamTimeoutMs\n          routes {\n            host\n            pathPrefix\n          }\n          tls {\n            secret\n          }\n          probe {\n            path\n            intervalMs\n            timeoutMs\n            healthyThreshold\n            unhealthyThreshold\n          }\n        }\n        autoscale {\n          ...AutoscaleSpecFields\n        }\n        secrets {\n          name\n          target\n          env\n        }\n        security {\n          privileged\n          hostNetwork\n          hostPid\n          capAdd\n        }\n        entrypoint\n        aliases {\n          network\n          aliases\n        }\n      }\n    }\n  }\n':
    types.ServiceDocument,
  '\n  query Revisions($id: ID!) {\n    serviceRevisions(id: $id) {\n      number\n      current\n      image\n      reason\n      createdAt\n      createdBy\n      diff {\n        path\n        from\n        to\n      }\n    }\n  }\n':
    types.RevisionsDocument,
  '\n  mutation CreateService($spec: ServiceSpecInput!) {\n    createService(spec: $spec) {\n      ...ServiceFields\n    }\n  }\n':
    types.CreateServiceDocument,
  '\n  mutation UpdateService($id: ID!, $spec: ServiceSpecInput!) {\n    updateService(id: $id, spec: $spec) {\n      ...ServiceFields\n    }\n  }\n':
    types.UpdateServiceDocument,
  '\n  mutation PatchService($id: ID!, $patch: ServicePatchInput!) {\n    patchService(id: $id, patch: $patch) {\n      ...ServiceFields\n    }\n  }\n':
    types.PatchServiceDocument,
  '\n  mutation RollbackService($id: ID!, $toRevision: Int) {\n    rollbackService(id: $id, toRevision: $toRevision) {\n      ...ServiceFields\n    }\n  }\n':
    types.RollbackServiceDocument,
  '\n  mutation PauseRollout($id: ID!) {\n    pauseRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n':
    types.PauseRolloutDocument,
  '\n  mutation ResumeRollout($id: ID!) {\n    resumeRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n':
    types.ResumeRolloutDocument,
  '\n  mutation RemoveService($id: ID!) {\n    removeService(id: $id) {\n      id\n    }\n  }\n':
    types.RemoveServiceDocument,
  '\n  query Session {\n    me {\n      ...MeFields\n    }\n  }\n': types.SessionDocument,
  '\n  query SessionEnvironments {\n    environments {\n      ...EnvironmentFields\n    }\n  }\n':
    types.SessionEnvironmentsDocument,
  '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  query Stacks {\n    stacks {\n      ...StackFields\n    }\n  }\n': types.StacksDocument,
  '\n  query Stack($name: String!) {\n    stack(name: $name) {\n      ...StackFields\n      compose\n    }\n  }\n':
    types.StackDocument,
  '\n  mutation DeployStack(\n    $name: String!\n    $compose: String!\n    $variables: [StackVariableInput!]\n    $envFiles: [StackFileInput!]\n    $dryRun: Boolean\n    $removeOrphans: Boolean\n  ) {\n    deployStack(\n      name: $name\n      compose: $compose\n      variables: $variables\n      envFiles: $envFiles\n      dryRun: $dryRun\n      removeOrphans: $removeOrphans\n    ) {\n      applied\n      plan {\n        create {\n          ...StackPlanItemFields\n        }\n        update {\n          ...StackPlanItemFields\n        }\n        remove {\n          ...StackPlanItemFields\n        }\n        unchanged\n        warnings {\n          ...StackWarningFields\n        }\n      }\n      stack {\n        ...StackFields\n        compose\n      }\n    }\n  }\n':
    types.DeployStackDocument,
  '\n  mutation RemoveStack($name: String!, $removeVolumes: Boolean) {\n    removeStack(name: $name, removeVolumes: $removeVolumes) {\n      name\n    }\n  }\n':
    types.RemoveStackDocument,
  '\n  query StackCompose($name: String!) {\n    stackCompose(name: $name)\n  }\n':
    types.StackComposeDocument,
  '\n  query Volumes {\n    volumes {\n      nodeId\n      nodeName\n      name\n      driver\n      createdAt\n      managed\n      services\n      sizeBytes\n    }\n    volumeBackups {\n      file\n      bytes\n      createdAt\n      sha256\n      nodeName\n      volume\n    }\n    nodes {\n      ...NodeFields\n    }\n  }\n':
    types.VolumesDocument,
  '\n  mutation BackupVolume($node: ID!, $name: String!) {\n    backupVolume(node: $node, name: $name) {\n      file\n      bytes\n      sha256\n    }\n  }\n':
    types.BackupVolumeDocument,
  '\n  mutation RestoreVolume($node: ID!, $file: String!, $newName: String!) {\n    restoreVolume(node: $node, file: $file, newName: $newName) {\n      name\n      nodeName\n    }\n  }\n':
    types.RestoreVolumeDocument,
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
  source: '\n  query AccessUsers {\n    users {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  query AccessUsers {\n    users {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessRoleBindings($environment: String) {\n    roleBindings(environment: $environment) {\n      ...RoleBindingFields\n    }\n  }\n',
): (typeof documents)['\n  query AccessRoleBindings($environment: String) {\n    roleBindings(environment: $environment) {\n      ...RoleBindingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessRemoveUser($id: ID!) {\n    removeUser(id: $id) {\n      id\n      username\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessRemoveUser($id: ID!) {\n    removeUser(id: $id) {\n      id\n      username\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessSetRoleBinding($environment: String!, $user: ID!, $role: Role!) {\n    setRoleBinding(environment: $environment, user: $user, role: $role) {\n      ...RoleBindingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessSetRoleBinding($environment: String!, $user: ID!, $role: Role!) {\n    setRoleBinding(environment: $environment, user: $user, role: $role) {\n      ...RoleBindingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessRemoveRoleBinding($environment: String!, $user: ID!) {\n    removeRoleBinding(environment: $environment, user: $user)\n  }\n',
): (typeof documents)['\n  mutation AccessRemoveRoleBinding($environment: String!, $user: ID!) {\n    removeRoleBinding(environment: $environment, user: $user)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n',
): (typeof documents)['\n  query AccessTokens($all: Boolean!) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessRevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessRevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessEnvironments {\n    environments {\n      ...EnvironmentFields\n    }\n  }\n',
): (typeof documents)['\n  query AccessEnvironments {\n    environments {\n      ...EnvironmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessClusters {\n    clusters {\n      id\n      name\n      nodeCounts {\n        total\n        ready\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccessClusters {\n    clusters {\n      id\n      name\n      nodeCounts {\n        total\n        ready\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessQuotaUsage($environment: String!) {\n    quotaUsage(environment: $environment) {\n      environment\n      cpus\n      memoryBytes\n      services\n      containers\n      unreachableNodes\n      quota {\n        ...QuotaFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccessQuotaUsage($environment: String!) {\n    quotaUsage(environment: $environment) {\n      environment\n      cpus\n      memoryBytes\n      services\n      containers\n      unreachableNodes\n      quota {\n        ...QuotaFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessSetQuota($environment: String!, $quota: QuotaInput!) {\n    setQuota(environment: $environment, quota: $quota) {\n      ...EnvironmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessSetQuota($environment: String!, $quota: QuotaInput!) {\n    setQuota(environment: $environment, quota: $quota) {\n      ...EnvironmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      ...EnvironmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      ...EnvironmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessSecrets($environment: String!) {\n    secrets(environment: $environment) {\n      ...SecretFields\n    }\n  }\n',
): (typeof documents)['\n  query AccessSecrets($environment: String!) {\n    secrets(environment: $environment) {\n      ...SecretFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessCreateSecret($environment: String!, $name: String!, $value: String!) {\n    createSecret(environment: $environment, name: $name, value: $value) {\n      ...SecretFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessCreateSecret($environment: String!, $name: String!, $value: String!) {\n    createSecret(environment: $environment, name: $name, value: $value) {\n      ...SecretFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessRotateSecret($environment: String!, $name: String!, $value: String!) {\n    rotateSecret(environment: $environment, name: $name, value: $value) {\n      ...SecretFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessRotateSecret($environment: String!, $name: String!, $value: String!) {\n    rotateSecret(environment: $environment, name: $name, value: $value) {\n      ...SecretFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessRemoveSecret($environment: String!, $name: String!) {\n    removeSecret(environment: $environment, name: $name) {\n      name\n      environment\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessRemoveSecret($environment: String!, $name: String!) {\n    removeSecret(environment: $environment, name: $name) {\n      name\n      environment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($filter: AuditFilterInput, $before: SafeInt, $after: SafeInt, $limit: Int!) {\n    auditLog(filter: $filter, before: $before, after: $after, limit: $limit) {\n      hasMore\n      nextCursor\n      items {\n        ...AuditEntryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($filter: AuditFilterInput, $before: SafeInt, $after: SafeInt, $limit: Int!) {\n    auditLog(filter: $filter, before: $before, after: $after, limit: $limit) {\n      hasMore\n      nextCursor\n      items {\n        ...AuditEntryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription AuditEvents($environment: String, $after: SafeInt) {\n    auditEvents(environment: $environment, after: $after) {\n      ...AuditEntryFields\n    }\n  }\n',
): (typeof documents)['\n  subscription AuditEvents($environment: String, $after: SafeInt) {\n    auditEvents(environment: $environment, after: $after) {\n      ...AuditEntryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AutoscaleStatus($serviceId: ID!) {\n    autoscaleStatus(serviceId: $serviceId) {\n      serviceId\n      enabled\n      replicas\n      lastScaleAt\n      spec {\n        ...AutoscaleSpecFields\n      }\n      metrics {\n        cpuPercent\n        memoryPercent\n        requestRate\n      }\n      decisions {\n        at\n        action\n        current\n        desired\n        recommended\n        metric\n        value\n        target\n        reason\n        measured\n        applied\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AutoscaleStatus($serviceId: ID!) {\n    autoscaleStatus(serviceId: $serviceId) {\n      serviceId\n      enabled\n      replicas\n      lastScaleAt\n      spec {\n        ...AutoscaleSpecFields\n      }\n      metrics {\n        cpuPercent\n        memoryPercent\n        requestRate\n      }\n      decisions {\n        at\n        action\n        current\n        desired\n        recommended\n        metric\n        value\n        target\n        reason\n        measured\n        applied\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAutoscale($id: ID!, $input: AutoscaleInput) {\n    setAutoscale(id: $id, input: $input) {\n      ...ServiceFields\n      spec {\n        autoscale {\n          ...AutoscaleSpecFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAutoscale($id: ID!, $input: AutoscaleInput) {\n    setAutoscale(id: $id, input: $input) {\n      ...ServiceFields\n      spec {\n        autoscale {\n          ...AutoscaleSpecFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Overview {\n    cluster {\n      id\n      name\n      containerCount\n      runningContainerCount\n      nodeCounts {\n        total\n        ready\n        down\n        draining\n        unhealthy\n      }\n      resources {\n        ...ClusterResourcesFields\n      }\n    }\n    nodes {\n      ...NodeFields\n    }\n    services {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  query Overview {\n    cluster {\n      id\n      name\n      containerCount\n      runningContainerCount\n      nodeCounts {\n        total\n        ready\n        down\n        draining\n        unhealthy\n      }\n      resources {\n        ...ClusterResourcesFields\n      }\n    }\n    nodes {\n      ...NodeFields\n    }\n    services {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ControlPlane {\n    system {\n      version\n      startedAt\n      instanceId\n      leader {\n        instanceId\n        self\n        since\n        token\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ControlPlane {\n    system {\n      version\n      startedAt\n      instanceId\n      leader {\n        instanceId\n        self\n        since\n        token\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Containers($filter: ContainerFilter) {\n    containers(filter: $filter) {\n      items {\n        ...ContainerFields\n      }\n      unreachableNodes {\n        ...UnreachableNodeFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Containers($filter: ContainerFilter) {\n    containers(filter: $filter) {\n      items {\n        ...ContainerFields\n      }\n      unreachableNodes {\n        ...UnreachableNodeFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContainersPage($filter: ContainerFilter, $first: Int) {\n    containersConnection(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...ContainerFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n      totalCount\n      unreachableNodes {\n        ...UnreachableNodeFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ContainersPage($filter: ContainerFilter, $first: Int) {\n    containersConnection(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...ContainerFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n      totalCount\n      unreachableNodes {\n        ...UnreachableNodeFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Container($id: ID!, $node: ID) {\n    container(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n',
): (typeof documents)['\n  query Container($id: ID!, $node: ID) {\n    container(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ContainerStats($containerId: String!, $nodeId: ID) {\n    containerStats(containerId: $containerId, nodeId: $nodeId) {\n      ...ContainerStatsFields\n    }\n  }\n',
): (typeof documents)['\n  subscription ContainerStats($containerId: String!, $nodeId: ID) {\n    containerStats(containerId: $containerId, nodeId: $nodeId) {\n      ...ContainerStatsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ContainerLogs($containerId: String!, $nodeId: ID, $tail: Int) {\n    containerLogs(containerId: $containerId, nodeId: $nodeId, tail: $tail, follow: true) {\n      timestamp\n      stream\n      message\n    }\n  }\n',
): (typeof documents)['\n  subscription ContainerLogs($containerId: String!, $nodeId: ID, $tail: Int) {\n    containerLogs(containerId: $containerId, nodeId: $nodeId, tail: $tail, follow: true) {\n      timestamp\n      stream\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartContainer($id: ID!, $node: ID) {\n    startContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartContainer($id: ID!, $node: ID) {\n    startContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StopContainer($id: ID!, $node: ID) {\n    stopContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StopContainer($id: ID!, $node: ID) {\n    stopContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestartContainer($id: ID!, $node: ID) {\n    restartContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RestartContainer($id: ID!, $node: ID) {\n    restartContainer(id: $id, node: $node) {\n      ...ContainerDetailsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveContainer($id: ID!, $node: ID, $force: Boolean!) {\n    removeContainer(id: $id, node: $node, force: $force)\n  }\n',
): (typeof documents)['\n  mutation RemoveContainer($id: ID!, $node: ID, $force: Boolean!) {\n    removeContainer(id: $id, node: $node, force: $force)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ContainersStats($containers: [ContainerStatsTargetInput!]!) {\n    containersStats(containers: $containers) {\n      timestamp\n      items {\n        ...ContainerStatsFields\n        nodeId\n      }\n      pending\n      gone\n    }\n  }\n',
): (typeof documents)['\n  subscription ContainersStats($containers: [ContainerStatsTargetInput!]!) {\n    containersStats(containers: $containers) {\n      timestamp\n      items {\n        ...ContainerStatsFields\n        nodeId\n      }\n      pending\n      gone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Events($filter: EventFilter, $before: SafeInt, $limit: Int!) {\n    events(filter: $filter, before: $before, limit: $limit) {\n      items {\n        ...EventFields\n      }\n      nextCursor\n      hasMore\n    }\n  }\n',
): (typeof documents)['\n  query Events($filter: EventFilter, $before: SafeInt, $limit: Int!) {\n    events(filter: $filter, before: $before, limit: $limit) {\n      items {\n        ...EventFields\n      }\n      nextCursor\n      hasMore\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription LiveEvents($after: SafeInt, $filter: EventFilter) {\n    events(after: $after, filter: $filter) {\n      ...EventFields\n    }\n  }\n',
): (typeof documents)['\n  subscription LiveEvents($after: SafeInt, $filter: EventFilter) {\n    events(after: $after, filter: $filter) {\n      ...EventFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Fleet {\n    clusters {\n      id\n      name\n      region\n      zone\n      kind\n      health {\n        status\n        reason\n      }\n      latencyP50Ms\n      nodeCounts {\n        total\n        ready\n      }\n      resources {\n        ...ClusterResourcesFields\n      }\n    }\n    services {\n      ...ServiceFields\n      federation {\n        moving\n        members {\n          ...FederationMemberFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Fleet {\n    clusters {\n      id\n      name\n      region\n      zone\n      kind\n      health {\n        status\n        reason\n      }\n      latencyP50Ms\n      nodeCounts {\n        total\n        ready\n      }\n      resources {\n        ...ClusterResourcesFields\n      }\n    }\n    services {\n      ...ServiceFields\n      federation {\n        moving\n        members {\n          ...FederationMemberFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServiceFederation($id: ID!) {\n    service(id: $id) {\n      id\n      federation {\n        decidedAt\n        moving\n        summary\n        division {\n          cluster\n          clusterId\n          replicas\n          score\n          reason\n        }\n        excluded {\n          cluster\n          clusterId\n          reason\n        }\n        members {\n          ...FederationMemberFields\n        }\n        placement {\n          replicaScheduling\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ServiceFederation($id: ID!) {\n    service(id: $id) {\n      id\n      federation {\n        decidedAt\n        moving\n        summary\n        division {\n          cluster\n          clusterId\n          replicas\n          score\n          reason\n        }\n        excluded {\n          cluster\n          clusterId\n          reason\n        }\n        members {\n          ...FederationMemberFields\n        }\n        placement {\n          replicaScheduling\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RolloutFields on Rollout {\n    state\n    phase\n    total\n    updated\n    remaining\n    failed\n    isRollback\n    fromRevision\n    toRevision\n    startedAt\n    updatedAt\n    completedAt\n    progressive {\n      ...ProgressiveRolloutFields\n    }\n  }\n',
): (typeof documents)['\n  fragment RolloutFields on Rollout {\n    state\n    phase\n    total\n    updated\n    remaining\n    failed\n    isRollback\n    fromRevision\n    toRevision\n    startedAt\n    updatedAt\n    completedAt\n    progressive {\n      ...ProgressiveRolloutFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RevisionFiguresFields on RevisionFigures {\n    requests\n    errors\n    errorRate\n    p95Ms\n  }\n',
): (typeof documents)['\n  fragment RevisionFiguresFields on RevisionFigures {\n    requests\n    errors\n    errorRate\n    p95Ms\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CanaryStepFields on CanaryStep {\n    weight\n    durationMs\n  }\n',
): (typeof documents)['\n  fragment CanaryStepFields on CanaryStep {\n    weight\n    durationMs\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProgressiveRolloutFields on ProgressiveRollout {\n    kind\n    phase\n    step\n    weight\n    tasks\n    stableRevision\n    canaryRevision\n    stepStartedAt\n    switchedAt\n    message\n    steps {\n      ...CanaryStepFields\n    }\n    decision {\n      at\n      event\n      from\n      to\n      reason\n      step\n      weight\n      stable {\n        ...RevisionFiguresFields\n      }\n      canary {\n        ...RevisionFiguresFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProgressiveRolloutFields on ProgressiveRollout {\n    kind\n    phase\n    step\n    weight\n    tasks\n    stableRevision\n    canaryRevision\n    stepStartedAt\n    switchedAt\n    message\n    steps {\n      ...CanaryStepFields\n    }\n    decision {\n      at\n      event\n      from\n      to\n      reason\n      step\n      weight\n      stable {\n        ...RevisionFiguresFields\n      }\n      canary {\n        ...RevisionFiguresFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RolloutSampleFields on RolloutSample {\n    at\n    kind\n    step\n    weight\n    phase\n    stable {\n      ...RevisionFiguresFields\n    }\n    canary {\n      ...RevisionFiguresFields\n    }\n  }\n',
): (typeof documents)['\n  fragment RolloutSampleFields on RolloutSample {\n    at\n    kind\n    step\n    weight\n    phase\n    stable {\n      ...RevisionFiguresFields\n    }\n    canary {\n      ...RevisionFiguresFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ServiceFields on Service {\n    id\n    name\n    clusterId\n    image\n    mode\n    revision\n    status\n    desiredReplicas\n    runningReplicas\n    healthyReplicas\n    pendingReplicas\n    unhealthyReplicas\n    updatedAt\n    rollout {\n      ...RolloutFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ServiceFields on Service {\n    id\n    name\n    clusterId\n    image\n    mode\n    revision\n    status\n    desiredReplicas\n    runningReplicas\n    healthyReplicas\n    pendingReplicas\n    unhealthyReplicas\n    updatedAt\n    rollout {\n      ...RolloutFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UpdateConfigFields on UpdateConfig {\n    parallelism\n    delayMs\n    failureAction\n    monitorMs\n    minReadyMs\n    maxFailureRatio\n    order\n    canary\n    canarySteps {\n      weight\n      durationMs\n    }\n    analysis {\n      maxErrorRateIncrease\n      maxP95Ratio\n      minP95IncreaseMs\n      minRequests\n    }\n    blueGreen\n    blueGreenKeepMs\n  }\n',
): (typeof documents)['\n  fragment UpdateConfigFields on UpdateConfig {\n    parallelism\n    delayMs\n    failureAction\n    monitorMs\n    minReadyMs\n    maxFailureRatio\n    order\n    canary\n    canarySteps {\n      weight\n      durationMs\n    }\n    analysis {\n      maxErrorRateIncrease\n      maxP95Ratio\n      minP95IncreaseMs\n      minRequests\n    }\n    blueGreen\n    blueGreenKeepMs\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskFields on Task {\n    id\n    serviceId\n    slot\n    revision\n    state\n    desiredState\n    health\n    nodeId\n    nodeName\n    containerId\n    stateReason\n    exitCode\n    failures\n    createdAt\n    updatedAt\n    readyAt\n    notBefore\n  }\n',
): (typeof documents)['\n  fragment TaskFields on Task {\n    id\n    serviceId\n    slot\n    revision\n    state\n    desiredState\n    health\n    nodeId\n    nodeName\n    containerId\n    stateReason\n    exitCode\n    failures\n    createdAt\n    updatedAt\n    readyAt\n    notBefore\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NodeFields on Node {\n    id\n    name\n    clusterId\n    role\n    status\n    statusMessage\n    availability\n    endpoint\n    publishAddress\n    hostname\n    engineId\n    engineVersion\n    cpus\n    memoryBytes\n    containerCount\n    runningContainerCount\n    lastSeenAt\n    createdAt\n    platform {\n      os\n      arch\n    }\n    labels {\n      key\n      value\n    }\n    capacity {\n      cpus\n      memoryBytes\n    }\n    allocated {\n      cpus\n      memoryBytes\n    }\n  }\n',
): (typeof documents)['\n  fragment NodeFields on Node {\n    id\n    name\n    clusterId\n    role\n    status\n    statusMessage\n    availability\n    endpoint\n    publishAddress\n    hostname\n    engineId\n    engineVersion\n    cpus\n    memoryBytes\n    containerCount\n    runningContainerCount\n    lastSeenAt\n    createdAt\n    platform {\n      os\n      arch\n    }\n    labels {\n      key\n      value\n    }\n    capacity {\n      cpus\n      memoryBytes\n    }\n    allocated {\n      cpus\n      memoryBytes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortBindingFields on PortBinding {\n    containerPort\n    hostPort\n    hostIp\n    protocol\n  }\n',
): (typeof documents)['\n  fragment PortBindingFields on PortBinding {\n    containerPort\n    hostPort\n    hostIp\n    protocol\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContainerFields on Container {\n    id\n    name\n    image\n    state\n    status\n    serviceId\n    taskId\n    revision\n    managed\n    createdAt\n    node {\n      ...NodeFields\n    }\n    ports {\n      ...PortBindingFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ContainerFields on Container {\n    id\n    name\n    image\n    state\n    status\n    serviceId\n    taskId\n    revision\n    managed\n    createdAt\n    node {\n      ...NodeFields\n    }\n    ports {\n      ...PortBindingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UnreachableNodeFields on UnreachableNode {\n    id\n    name\n    reason\n  }\n',
): (typeof documents)['\n  fragment UnreachableNodeFields on UnreachableNode {\n    id\n    name\n    reason\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContainerDetailsFields on ContainerDetails {\n    id\n    name\n    image\n    imageId\n    state\n    status\n    healthStatus\n    createdAt\n    startedAt\n    finishedAt\n    exitCode\n    oomKilled\n    error\n    pid\n    restartCount\n    managed\n    serviceId\n    taskId\n    revision\n    command\n    entrypoint\n    node {\n      ...NodeFields\n    }\n    env {\n      key\n      value\n    }\n    labels {\n      key\n      value\n    }\n    ports {\n      ...PortBindingFields\n    }\n    mounts {\n      type\n      source\n      target\n      readOnly\n    }\n    networks {\n      name\n      ipAddress\n      gateway\n      macAddress\n    }\n    resources {\n      cpuLimit\n      cpuReservation\n      memoryLimitBytes\n      memoryReservationBytes\n    }\n    restartPolicy {\n      condition\n      maxRetries\n    }\n    healthCheck {\n      test\n      intervalMs\n      timeoutMs\n      retries\n      startPeriodMs\n    }\n    health {\n      status\n      failingStreak\n      lastExitCode\n      lastOutput\n      probes {\n        start\n        end\n        exitCode\n        output\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ContainerDetailsFields on ContainerDetails {\n    id\n    name\n    image\n    imageId\n    state\n    status\n    healthStatus\n    createdAt\n    startedAt\n    finishedAt\n    exitCode\n    oomKilled\n    error\n    pid\n    restartCount\n    managed\n    serviceId\n    taskId\n    revision\n    command\n    entrypoint\n    node {\n      ...NodeFields\n    }\n    env {\n      key\n      value\n    }\n    labels {\n      key\n      value\n    }\n    ports {\n      ...PortBindingFields\n    }\n    mounts {\n      type\n      source\n      target\n      readOnly\n    }\n    networks {\n      name\n      ipAddress\n      gateway\n      macAddress\n    }\n    resources {\n      cpuLimit\n      cpuReservation\n      memoryLimitBytes\n      memoryReservationBytes\n    }\n    restartPolicy {\n      condition\n      maxRetries\n    }\n    healthCheck {\n      test\n      intervalMs\n      timeoutMs\n      retries\n      startPeriodMs\n    }\n    health {\n      status\n      failingStreak\n      lastExitCode\n      lastOutput\n      probes {\n        start\n        end\n        exitCode\n        output\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EventFields on Event {\n    cursor\n    time\n    kind\n    severity\n    message\n    nodeId\n    serviceId\n    taskId\n    containerId\n    data\n    gap {\n      from\n      to\n      count\n    }\n  }\n',
): (typeof documents)['\n  fragment EventFields on Event {\n    cursor\n    time\n    kind\n    severity\n    message\n    nodeId\n    serviceId\n    taskId\n    containerId\n    data\n    gap {\n      from\n      to\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeFields on Me {\n    userId\n    username\n    kind\n    tokenName\n    roles {\n      environment\n      role\n    }\n    expiresAt\n    authEnabled\n  }\n',
): (typeof documents)['\n  fragment MeFields on Me {\n    userId\n    username\n    kind\n    tokenName\n    roles {\n      environment\n      role\n    }\n    expiresAt\n    authEnabled\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserFields on User {\n    id\n    username\n    disabled\n    createdAt\n    lastLoginAt\n    roles {\n      environment\n      role\n    }\n  }\n',
): (typeof documents)['\n  fragment UserFields on User {\n    id\n    username\n    disabled\n    createdAt\n    lastLoginAt\n    roles {\n      environment\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RoleBindingFields on RoleBinding {\n    environment\n    role\n    userId\n    username\n  }\n',
): (typeof documents)['\n  fragment RoleBindingFields on RoleBinding {\n    environment\n    role\n    userId\n    username\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    owner\n    prefix\n    role\n    environments\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n',
): (typeof documents)['\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    owner\n    prefix\n    role\n    environments\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuotaFields on Quota {\n    maxCpus\n    maxMemoryBytes\n    maxServices\n    maxContainers\n  }\n',
): (typeof documents)['\n  fragment QuotaFields on Quota {\n    maxCpus\n    maxMemoryBytes\n    maxServices\n    maxContainers\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EnvironmentFields on Environment {\n    id\n    name\n    description\n    createdAt\n    clusterIds\n    policy {\n      allowPrivileged\n      allowHostNetwork\n      allowHostPid\n      allowDockerSocket\n      allowedCapabilities\n      bindAllowedPaths\n    }\n    quota {\n      ...QuotaFields\n    }\n  }\n',
): (typeof documents)['\n  fragment EnvironmentFields on Environment {\n    id\n    name\n    description\n    createdAt\n    clusterIds\n    policy {\n      allowPrivileged\n      allowHostNetwork\n      allowHostPid\n      allowDockerSocket\n      allowedCapabilities\n      bindAllowedPaths\n    }\n    quota {\n      ...QuotaFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SecretFields on Secret {\n    name\n    environment\n    version\n    createdAt\n    createdBy\n    updatedAt\n    usedBy\n  }\n',
): (typeof documents)['\n  fragment SecretFields on Secret {\n    name\n    environment\n    version\n    createdAt\n    createdBy\n    updatedAt\n    usedBy\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    time\n    actor\n    actorKind\n    action\n    environment\n    target\n    ip\n    userAgent\n    outcome\n    errorCode\n    details\n  }\n',
): (typeof documents)['\n  fragment AuditEntryFields on AuditEntry {\n    id\n    time\n    actor\n    actorKind\n    action\n    environment\n    target\n    ip\n    userAgent\n    outcome\n    errorCode\n    details\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StackWarningFields on StackWarning {\n    path\n    service\n    key\n    message\n    line\n  }\n',
): (typeof documents)['\n  fragment StackWarningFields on StackWarning {\n    path\n    service\n    key\n    message\n    line\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StackPlanItemFields on StackPlanItem {\n    kind\n    name\n    diff {\n      field\n      from\n      to\n    }\n  }\n',
): (typeof documents)['\n  fragment StackPlanItemFields on StackPlanItem {\n    kind\n    name\n    diff {\n      field\n      from\n      to\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StackFields on Stack {\n    name\n    clusterId\n    status\n    networks\n    volumes\n    secrets\n    variables\n    createdAt\n    updatedAt\n    warnings {\n      ...StackWarningFields\n    }\n    services {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  fragment StackFields on Stack {\n    name\n    clusterId\n    status\n    networks\n    volumes\n    secrets\n    variables\n    createdAt\n    updatedAt\n    warnings {\n      ...StackWarningFields\n    }\n    services {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AutoscaleSpecFields on AutoscaleSpec {\n    min\n    max\n    targetCpuPercent\n    targetMemoryPercent\n    targetRequestRate\n    tolerance\n    scaleUpStabilizationMs\n    scaleDownStabilizationMs\n    cooldownMs\n  }\n',
): (typeof documents)['\n  fragment AutoscaleSpecFields on AutoscaleSpec {\n    min\n    max\n    targetCpuPercent\n    targetMemoryPercent\n    targetRequestRate\n    tolerance\n    scaleUpStabilizationMs\n    scaleDownStabilizationMs\n    cooldownMs\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NodeStatsFields on NodeStats {\n    nodeId\n    timestamp\n    containerCount\n    sampledContainerCount\n    usedCpus\n    cpus\n    cpuPercent\n    memoryUsedBytes\n    memoryTotalBytes\n    memoryPercent\n    networkRxBytesPerSec\n    networkTxBytesPerSec\n  }\n',
): (typeof documents)['\n  fragment NodeStatsFields on NodeStats {\n    nodeId\n    timestamp\n    containerCount\n    sampledContainerCount\n    usedCpus\n    cpus\n    cpuPercent\n    memoryUsedBytes\n    memoryTotalBytes\n    memoryPercent\n    networkRxBytesPerSec\n    networkTxBytesPerSec\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContainerStatsFields on ContainerStats {\n    containerId\n    timestamp\n    cpuPercent\n    onlineCpus\n    memoryUsageBytes\n    memoryLimitBytes\n    memoryPercent\n    networkRxBytesPerSec\n    networkTxBytesPerSec\n    networkRxBytes\n    networkTxBytes\n    pids\n  }\n',
): (typeof documents)['\n  fragment ContainerStatsFields on ContainerStats {\n    containerId\n    timestamp\n    cpuPercent\n    onlineCpus\n    memoryUsageBytes\n    memoryLimitBytes\n    memoryPercent\n    networkRxBytesPerSec\n    networkTxBytesPerSec\n    networkRxBytes\n    networkTxBytes\n    pids\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IngressWindowStatsFields on IngressWindowStats {\n    windowMs\n    requests\n    errors\n    p50Ms\n    p95Ms\n  }\n',
): (typeof documents)['\n  fragment IngressWindowStatsFields on IngressWindowStats {\n    windowMs\n    requests\n    errors\n    p50Ms\n    p95Ms\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ClusterResourcesFields on ClusterResources {\n    totalCpus\n    reservedCpus\n    usedCpus\n    totalMemoryBytes\n    reservedMemoryBytes\n    usedMemoryBytes\n  }\n',
): (typeof documents)['\n  fragment ClusterResourcesFields on ClusterResources {\n    totalCpus\n    reservedCpus\n    usedCpus\n    totalMemoryBytes\n    reservedMemoryBytes\n    usedMemoryBytes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FederationMemberFields on FederationMember {\n    cluster\n    clusterId\n    desired\n    running\n    healthy\n  }\n',
): (typeof documents)['\n  fragment FederationMemberFields on FederationMember {\n    cluster\n    clusterId\n    desired\n    running\n    healthy\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ClusterPlacementFields on ClusterPlacement {\n    affinity {\n      names\n      regions\n      labels {\n        key\n        value\n      }\n    }\n    antiAffinity {\n      names\n      regions\n      labels {\n        key\n        value\n      }\n    }\n    spread\n    replicaScheduling\n    weights {\n      cluster\n      weight\n    }\n    regionPreference\n    overrides {\n      cluster\n      image\n      env {\n        key\n        value\n      }\n      replicas\n      resources {\n        cpuLimit\n        cpuReservation\n        memoryLimit\n        memoryReservation\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ClusterPlacementFields on ClusterPlacement {\n    affinity {\n      names\n      regions\n      labels {\n        key\n        value\n      }\n    }\n    antiAffinity {\n      names\n      regions\n      labels {\n        key\n        value\n      }\n    }\n    spread\n    replicaScheduling\n    weights {\n      cluster\n      weight\n    }\n    regionPreference\n    overrides {\n      cluster\n      image\n      env {\n        key\n        value\n      }\n      replicas\n      resources {\n        cpuLimit\n        cpuReservation\n        memoryLimit\n        memoryReservation\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Images {\n    images {\n      items {\n        id\n        node {\n          id\n          name\n        }\n        repoTags\n        repoDigests\n        sizeBytes\n        createdAt\n        containers {\n          id\n          name\n          state\n        }\n        services {\n          id\n          name\n          containers\n        }\n      }\n      unreachableNodes {\n        name\n        reason\n      }\n    }\n    nodes {\n      ...NodeFields\n    }\n  }\n',
): (typeof documents)['\n  query Images {\n    images {\n      items {\n        id\n        node {\n          id\n          name\n        }\n        repoTags\n        repoDigests\n        sizeBytes\n        createdAt\n        containers {\n          id\n          name\n          state\n        }\n        services {\n          id\n          name\n          containers\n        }\n      }\n      unreachableNodes {\n        name\n        reason\n      }\n    }\n    nodes {\n      ...NodeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImageHistory($node: ID!, $ref: String!) {\n    imageHistory(node: $node, ref: $ref) {\n      id\n      createdAt\n      createdBy\n      sizeBytes\n      tags\n    }\n  }\n',
): (typeof documents)['\n  query ImageHistory($node: ID!, $ref: String!) {\n    imageHistory(node: $node, ref: $ref) {\n      id\n      createdAt\n      createdBy\n      sizeBytes\n      tags\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartImagePull($node: ID!, $ref: String!) {\n    startImagePull(node: $node, ref: $ref) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation StartImagePull($node: ID!, $ref: String!) {\n    startImagePull(node: $node, ref: $ref) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ImagePull($id: ID!) {\n    imagePull(id: $id) {\n      id\n      ref\n      node {\n        name\n      }\n      state\n      percent\n      layers\n      layersDone\n      downloadedBytes\n      totalBytes\n      status\n      error\n    }\n  }\n',
): (typeof documents)['\n  subscription ImagePull($id: ID!) {\n    imagePull(id: $id) {\n      id\n      ref\n      node {\n        name\n      }\n      state\n      percent\n      layers\n      layersDone\n      downloadedBytes\n      totalBytes\n      status\n      error\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TagImage($node: ID!, $source: String!, $repo: String!, $tag: String!) {\n    tagImage(node: $node, source: $source, repo: $repo, tag: $tag) {\n      id\n      repoTags\n    }\n  }\n',
): (typeof documents)['\n  mutation TagImage($node: ID!, $source: String!, $repo: String!, $tag: String!) {\n    tagImage(node: $node, source: $source, repo: $repo, tag: $tag) {\n      id\n      repoTags\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveImage($node: ID!, $ref: String!) {\n    removeImage(node: $node, ref: $ref)\n  }\n',
): (typeof documents)['\n  mutation RemoveImage($node: ID!, $ref: String!) {\n    removeImage(node: $node, ref: $ref)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IngressStats($serviceId: ID!) {\n    ingressStats(serviceId: $serviceId) {\n      serviceId\n      port\n      listening\n      error\n      algorithm\n      tls\n      routes {\n        host\n        pathPrefix\n      }\n      inFlight\n      requests\n      errors\n      retries\n      recent {\n        ...IngressWindowStatsFields\n      }\n      backends {\n        taskId\n        revision\n        nodeName\n        address\n        port\n        state\n        consecutiveFailures\n        retryAt\n        draining\n        inFlight\n        requests\n        failures\n        lastError\n        probe {\n          healthy\n          lastError\n        }\n        recent {\n          ...IngressWindowStatsFields\n        }\n      }\n      revisions {\n        revision\n        replicas\n        weight\n        requests\n        errors\n        recent {\n          ...IngressWindowStatsFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IngressStats($serviceId: ID!) {\n    ingressStats(serviceId: $serviceId) {\n      serviceId\n      port\n      listening\n      error\n      algorithm\n      tls\n      routes {\n        host\n        pathPrefix\n      }\n      inFlight\n      requests\n      errors\n      retries\n      recent {\n        ...IngressWindowStatsFields\n      }\n      backends {\n        taskId\n        revision\n        nodeName\n        address\n        port\n        state\n        consecutiveFailures\n        retryAt\n        draining\n        inFlight\n        requests\n        failures\n        lastError\n        probe {\n          healthy\n          lastError\n        }\n        recent {\n          ...IngressWindowStatsFields\n        }\n      }\n      revisions {\n        revision\n        replicas\n        weight\n        requests\n        errors\n        recent {\n          ...IngressWindowStatsFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Networks {\n    networks {\n      id\n      name\n      driver\n      subnet\n      gateway\n      services\n      nodes {\n        nodeId\n        nodeName\n        present\n        slice\n        error\n        containers {\n          containerId\n        }\n      }\n      endpoints {\n        serviceId\n        serviceName\n        taskId\n        slot\n        nodeId\n        nodeName\n        state\n        health\n        ip\n        inDns\n      }\n    }\n    services {\n      id\n      name\n      spec {\n        ports {\n          containerPort\n          protocol\n        }\n      }\n    }\n    serviceDns {\n      enabled\n      nameserver\n      serving\n      queries\n      names\n    }\n  }\n',
): (typeof documents)['\n  query Networks {\n    networks {\n      id\n      name\n      driver\n      subnet\n      gateway\n      services\n      nodes {\n        nodeId\n        nodeName\n        present\n        slice\n        error\n        containers {\n          containerId\n        }\n      }\n      endpoints {\n        serviceId\n        serviceName\n        taskId\n        slot\n        nodeId\n        nodeName\n        state\n        health\n        ip\n        inDns\n      }\n    }\n    services {\n      id\n      name\n      spec {\n        ports {\n          containerPort\n          protocol\n        }\n      }\n    }\n    serviceDns {\n      enabled\n      nameserver\n      serving\n      queries\n      names\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CheckConnectivity($input: ConnectivityInput!) {\n    checkConnectivity(input: $input) {\n      fromService\n      fromTaskId\n      fromContainerId\n      fromNode\n      toService\n      port\n      resolved\n      resolveOk\n      resolveMs\n      expected\n      connected\n      connectMs\n      execOverheadMs\n      output\n      error\n    }\n  }\n',
): (typeof documents)['\n  mutation CheckConnectivity($input: ConnectivityInput!) {\n    checkConnectivity(input: $input) {\n      fromService\n      fromTaskId\n      fromContainerId\n      fromNode\n      toService\n      port\n      resolved\n      resolveOk\n      resolveMs\n      expected\n      connected\n      connectMs\n      execOverheadMs\n      output\n      error\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Nodes {\n    nodes {\n      ...NodeFields\n    }\n  }\n',
): (typeof documents)['\n  query Nodes {\n    nodes {\n      ...NodeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeTasks($nodeId: ID!) {\n    tasks(nodeId: $nodeId) {\n      ...TaskFields\n    }\n    services {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query NodeTasks($nodeId: ID!) {\n    tasks(nodeId: $nodeId) {\n      ...TaskFields\n    }\n    services {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NodeStats($nodeId: ID!, $intervalMs: Int!) {\n    nodeStats(nodeId: $nodeId, intervalMs: $intervalMs) {\n      ...NodeStatsFields\n    }\n  }\n',
): (typeof documents)['\n  subscription NodeStats($nodeId: ID!, $intervalMs: Int!) {\n    nodeStats(nodeId: $nodeId, intervalMs: $intervalMs) {\n      ...NodeStatsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateNode($id: ID!, $input: UpdateNodeInput!) {\n    updateNode(id: $id, input: $input) {\n      ...NodeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateNode($id: ID!, $input: UpdateNodeInput!) {\n    updateNode(id: $id, input: $input) {\n      ...NodeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NodesStats($nodeIds: [ID!]) {\n    nodesStats(nodeIds: $nodeIds) {\n      timestamp\n      items {\n        ...NodeStatsFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription NodesStats($nodeIds: [ID!]) {\n    nodesStats(nodeIds: $nodeIds) {\n      timestamp\n      items {\n        ...NodeStatsFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RolloutTimeline($id: ID!, $limit: Int!) {\n    service(id: $id) {\n      id\n      rollout {\n        timeline(limit: $limit) {\n          ...RolloutSampleFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RolloutTimeline($id: ID!, $limit: Int!) {\n    service(id: $id) {\n      id\n      rollout {\n        timeline(limit: $limit) {\n          ...RolloutSampleFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PromoteRollout($id: ID!) {\n    promoteRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PromoteRollout($id: ID!) {\n    promoteRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AbortRollout($id: ID!) {\n    abortRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AbortRollout($id: ID!) {\n    abortRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Services($search: String, $status: ServiceStatus) {\n    services(search: $search, status: $status) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  query Services($search: String, $status: ServiceStatus) {\n    services(search: $search, status: $status) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServiceRow($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  query ServiceRow($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n      previousRevision\n      createdAt\n      pins {\n        volume\n        nodeName\n        constraint\n        reason\n      }\n      unplaced {\n        taskId\n        slot\n        reason\n        nodesConsidered\n        failures {\n          filter\n          nodes\n          reason\n        }\n      }\n      tasks {\n        ...TaskFields\n      }\n      spec {\n        name\n        image\n        command\n        mode\n        replicas\n        env {\n          key\n          value\n        }\n        labels {\n          key\n          value\n        }\n        ports {\n          containerPort\n          hostPort\n          hostIp\n          protocol\n        }\n        limits {\n          cpus\n          memoryBytes\n        }\n        reservations {\n          cpus\n          memoryBytes\n        }\n        healthCheck {\n          test\n          intervalMs\n          timeoutMs\n          retries\n          startPeriodMs\n        }\n        placement {\n          constraints\n          spread\n          maxReplicasPerNode\n          nodeAffinity {\n            expression\n            weight\n          }\n          serviceAffinity {\n            service\n            weight\n          }\n          clusters {\n            ...ClusterPlacementFields\n          }\n        }\n        update {\n          ...UpdateConfigFields\n        }\n        rollback {\n          ...UpdateConfigFields\n        }\n        restartPolicy {\n          condition\n          delayMs\n          maxAttempts\n          maxDelayMs\n          windowMs\n        }\n        stopTimeoutSec\n        priority\n        preemption\n        networks\n        volumes {\n          type\n          source\n          target\n          readOnly\n        }\n        ingress {\n          port\n          targetPort\n          algorithm\n          failureThreshold\n          resetTimeoutMs\n          upstreamTimeoutMs\n          routes {\n            host\n            pathPrefix\n          }\n          tls {\n            secret\n          }\n          probe {\n            path\n            intervalMs\n            timeoutMs\n            healthyThreshold\n            unhealthyThreshold\n          }\n        }\n        autoscale {\n          ...AutoscaleSpecFields\n        }\n        secrets {\n          name\n          target\n          env\n        }\n        security {\n          privileged\n          hostNetwork\n          hostPid\n          capAdd\n        }\n        entrypoint\n        aliases {\n          network\n          aliases\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Service($id: ID!) {\n    service(id: $id) {\n      ...ServiceFields\n      previousRevision\n      createdAt\n      pins {\n        volume\n        nodeName\n        constraint\n        reason\n      }\n      unplaced {\n        taskId\n        slot\n        reason\n        nodesConsidered\n        failures {\n          filter\n          nodes\n          reason\n        }\n      }\n      tasks {\n        ...TaskFields\n      }\n      spec {\n        name\n        image\n        command\n        mode\n        replicas\n        env {\n          key\n          value\n        }\n        labels {\n          key\n          value\n        }\n        ports {\n          containerPort\n          hostPort\n          hostIp\n          protocol\n        }\n        limits {\n          cpus\n          memoryBytes\n        }\n        reservations {\n          cpus\n          memoryBytes\n        }\n        healthCheck {\n          test\n          intervalMs\n          timeoutMs\n          retries\n          startPeriodMs\n        }\n        placement {\n          constraints\n          spread\n          maxReplicasPerNode\n          nodeAffinity {\n            expression\n            weight\n          }\n          serviceAffinity {\n            service\n            weight\n          }\n          clusters {\n            ...ClusterPlacementFields\n          }\n        }\n        update {\n          ...UpdateConfigFields\n        }\n        rollback {\n          ...UpdateConfigFields\n        }\n        restartPolicy {\n          condition\n          delayMs\n          maxAttempts\n          maxDelayMs\n          windowMs\n        }\n        stopTimeoutSec\n        priority\n        preemption\n        networks\n        volumes {\n          type\n          source\n          target\n          readOnly\n        }\n        ingress {\n          port\n          targetPort\n          algorithm\n          failureThreshold\n          resetTimeoutMs\n          upstreamTimeoutMs\n          routes {\n            host\n            pathPrefix\n          }\n          tls {\n            secret\n          }\n          probe {\n            path\n            intervalMs\n            timeoutMs\n            healthyThreshold\n            unhealthyThreshold\n          }\n        }\n        autoscale {\n          ...AutoscaleSpecFields\n        }\n        secrets {\n          name\n          target\n          env\n        }\n        security {\n          privileged\n          hostNetwork\n          hostPid\n          capAdd\n        }\n        entrypoint\n        aliases {\n          network\n          aliases\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Revisions($id: ID!) {\n    serviceRevisions(id: $id) {\n      number\n      current\n      image\n      reason\n      createdAt\n      createdBy\n      diff {\n        path\n        from\n        to\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Revisions($id: ID!) {\n    serviceRevisions(id: $id) {\n      number\n      current\n      image\n      reason\n      createdAt\n      createdBy\n      diff {\n        path\n        from\n        to\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateService($spec: ServiceSpecInput!) {\n    createService(spec: $spec) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateService($spec: ServiceSpecInput!) {\n    createService(spec: $spec) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateService($id: ID!, $spec: ServiceSpecInput!) {\n    updateService(id: $id, spec: $spec) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateService($id: ID!, $spec: ServiceSpecInput!) {\n    updateService(id: $id, spec: $spec) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PatchService($id: ID!, $patch: ServicePatchInput!) {\n    patchService(id: $id, patch: $patch) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PatchService($id: ID!, $patch: ServicePatchInput!) {\n    patchService(id: $id, patch: $patch) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RollbackService($id: ID!, $toRevision: Int) {\n    rollbackService(id: $id, toRevision: $toRevision) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RollbackService($id: ID!, $toRevision: Int) {\n    rollbackService(id: $id, toRevision: $toRevision) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PauseRollout($id: ID!) {\n    pauseRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PauseRollout($id: ID!) {\n    pauseRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResumeRollout($id: ID!) {\n    resumeRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResumeRollout($id: ID!) {\n    resumeRollout(id: $id) {\n      ...ServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveService($id: ID!) {\n    removeService(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveService($id: ID!) {\n    removeService(id: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Session {\n    me {\n      ...MeFields\n    }\n  }\n',
): (typeof documents)['\n  query Session {\n    me {\n      ...MeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionEnvironments {\n    environments {\n      ...EnvironmentFields\n    }\n  }\n',
): (typeof documents)['\n  query SessionEnvironments {\n    environments {\n      ...EnvironmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Stacks {\n    stacks {\n      ...StackFields\n    }\n  }\n',
): (typeof documents)['\n  query Stacks {\n    stacks {\n      ...StackFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Stack($name: String!) {\n    stack(name: $name) {\n      ...StackFields\n      compose\n    }\n  }\n',
): (typeof documents)['\n  query Stack($name: String!) {\n    stack(name: $name) {\n      ...StackFields\n      compose\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeployStack(\n    $name: String!\n    $compose: String!\n    $variables: [StackVariableInput!]\n    $envFiles: [StackFileInput!]\n    $dryRun: Boolean\n    $removeOrphans: Boolean\n  ) {\n    deployStack(\n      name: $name\n      compose: $compose\n      variables: $variables\n      envFiles: $envFiles\n      dryRun: $dryRun\n      removeOrphans: $removeOrphans\n    ) {\n      applied\n      plan {\n        create {\n          ...StackPlanItemFields\n        }\n        update {\n          ...StackPlanItemFields\n        }\n        remove {\n          ...StackPlanItemFields\n        }\n        unchanged\n        warnings {\n          ...StackWarningFields\n        }\n      }\n      stack {\n        ...StackFields\n        compose\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeployStack(\n    $name: String!\n    $compose: String!\n    $variables: [StackVariableInput!]\n    $envFiles: [StackFileInput!]\n    $dryRun: Boolean\n    $removeOrphans: Boolean\n  ) {\n    deployStack(\n      name: $name\n      compose: $compose\n      variables: $variables\n      envFiles: $envFiles\n      dryRun: $dryRun\n      removeOrphans: $removeOrphans\n    ) {\n      applied\n      plan {\n        create {\n          ...StackPlanItemFields\n        }\n        update {\n          ...StackPlanItemFields\n        }\n        remove {\n          ...StackPlanItemFields\n        }\n        unchanged\n        warnings {\n          ...StackWarningFields\n        }\n      }\n      stack {\n        ...StackFields\n        compose\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveStack($name: String!, $removeVolumes: Boolean) {\n    removeStack(name: $name, removeVolumes: $removeVolumes) {\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveStack($name: String!, $removeVolumes: Boolean) {\n    removeStack(name: $name, removeVolumes: $removeVolumes) {\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StackCompose($name: String!) {\n    stackCompose(name: $name)\n  }\n',
): (typeof documents)['\n  query StackCompose($name: String!) {\n    stackCompose(name: $name)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Volumes {\n    volumes {\n      nodeId\n      nodeName\n      name\n      driver\n      createdAt\n      managed\n      services\n      sizeBytes\n    }\n    volumeBackups {\n      file\n      bytes\n      createdAt\n      sha256\n      nodeName\n      volume\n    }\n    nodes {\n      ...NodeFields\n    }\n  }\n',
): (typeof documents)['\n  query Volumes {\n    volumes {\n      nodeId\n      nodeName\n      name\n      driver\n      createdAt\n      managed\n      services\n      sizeBytes\n    }\n    volumeBackups {\n      file\n      bytes\n      createdAt\n      sha256\n      nodeName\n      volume\n    }\n    nodes {\n      ...NodeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BackupVolume($node: ID!, $name: String!) {\n    backupVolume(node: $node, name: $name) {\n      file\n      bytes\n      sha256\n    }\n  }\n',
): (typeof documents)['\n  mutation BackupVolume($node: ID!, $name: String!) {\n    backupVolume(node: $node, name: $name) {\n      file\n      bytes\n      sha256\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreVolume($node: ID!, $file: String!, $newName: String!) {\n    restoreVolume(node: $node, file: $file, newName: $newName) {\n      name\n      nodeName\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreVolume($node: ID!, $file: String!, $newName: String!) {\n    restoreVolume(node: $node, file: $file, newName: $newName) {\n      name\n      nodeName\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

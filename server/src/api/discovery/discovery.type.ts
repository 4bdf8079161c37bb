import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('NetworkServiceEndpoint', {
  description:
    "A replica of a service on the network: where it runs, its health, and whether the service's name answers it",
})
export class NetworkServiceEndpointType {
  @Field(() => ID, { description: "Id of the replica's service" }) serviceId: string;
  @Field(() => String, { description: 'Name of that service' }) serviceName: string;
  @Field(() => ID, { description: "Id of the replica's task" }) taskId: string;
  @Field(() => Int, { description: 'Replica slot (0 for GLOBAL services)' }) slot: number;
  @Field(() => ID, { description: 'Id of the node the replica runs on' }) nodeId: string;
  @Field(() => String, { description: 'Name of that node' }) nodeName: string;
  @Field(() => String, { description: 'Task state (RUNNING, STARTING, ...)' }) state: string;
  @Field(() => String, { description: 'NONE, STARTING, HEALTHY or UNHEALTHY' }) health: string;
  @Field(() => String, { nullable: true, description: 'Its address on this network' }) ip: string | null;
  @Field(() => Boolean, {
    description: 'The cluster resolver answers the service name with it now (healthy, on its first network)',
  })
  inDns: boolean;
}

@ObjectType('ServiceDnsStatus', { description: 'The cluster resolver (service discovery DNS)' })
export class ServiceDnsStatusType {
  @Field(() => Boolean, { description: 'STEVEDORE_DNS_LISTEN is set' }) enabled: boolean;
  @Field(() => String, { nullable: true, description: 'The nameserver containers get (HostConfig.Dns)' })
  nameserver: string | null;
  @Field(() => Boolean, { description: 'The resolver answers on its feed now' }) serving: boolean;
  @Field(() => Float, { nullable: true, description: 'Version of the table it serves' }) version:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Queries it answered since it started' }) queries:
    number | null;
  @Field(() => Int, { description: 'Names in the table (SERVICE and SLOT.SERVICE)' }) names: number;
}

@InputType({
  description:
    'Where the connectivity check runs from (a replica) and what it reaches (a service name and port)',
})
export class ConnectivityInput {
  @Field(() => String, { nullable: true, description: 'A replica: its container id (or prefix) or task id' })
  fromContainer?: string | null;
  @Field(() => String, { nullable: true, description: 'A service (id or name): its first healthy replica' })
  fromService?: string | null;
  @Field(() => String, { description: 'The service (id or name) whose name is resolved and connected to' })
  toService: string;
  @Field(() => Int, { description: 'TCP port on the target replicas' })
  port: number;
}

@ObjectType('ConnectivityResult', {
  description: 'From one replica: busybox nslookup of the service name, then nc to it (via docker exec)',
})
export class ConnectivityResultType {
  @Field(() => String, { description: 'The service the check ran from' }) fromService: string;
  @Field(() => ID, { description: "The replica's task the check ran in" }) fromTaskId: string;
  @Field(() => String, { description: 'The container of that replica' }) fromContainerId: string;
  @Field(() => String, { description: 'Name of the node it runs on' }) fromNode: string;
  @Field(() => String, { description: 'The service name resolved and connected to' }) toService: string;
  @Field(() => Int, { description: 'The port connected to' }) port: number;
  @Field(() => [String], { description: 'Addresses the name resolved to inside the replica' })
  resolved: string[];
  @Field(() => Boolean, { description: 'True: the name resolved inside the replica' }) resolveOk: boolean;
  @Field(() => Float, { description: 'Resolution time, ms (exec overhead taken off)' }) resolveMs: number;
  @Field(() => [String], {
    description: "What the control plane's view says the name answers (healthy replicas)",
  })
  expected: string[];
  @Field(() => Boolean, { description: 'A TCP connection to name:port was accepted' }) connected: boolean;
  @Field(() => Float, {
    description:
      'Connect latency, ms: the median of 5 ICMP round trips (ping, 0.1 s apart) timed inside the replica to the first address resolved, as a TCP connect takes one round trip; to 0.001 ms. Where no ping reply comes back (ICMP not allowed), the time of nc resolving and connecting less an empty exec (execOverheadMs), which its jitter can bring to 0',
  })
  connectMs: number;
  @Field(() => Float, { description: 'An empty docker exec in the same container, ms' })
  execOverheadMs: number;
  @Field(() => String, { description: 'What nslookup, nc and ping printed' }) output: string;
  @Field(() => String, {
    nullable: true,
    description: 'Why it failed, as a sentence; null when it connected',
  })
  error: string | null;
}

import { registerEnumType } from 'type-graphql';
import { IngressAlgorithm } from '../../domain/service.js';
import { BreakerState } from '../../app/ingress.js';

registerEnumType(IngressAlgorithm, {
  name: 'IngressAlgorithm',
  description:
    'ROUND_ROBIN: each healthy replica in turn; LEAST_CONNECTIONS: the replica with the fewest requests in flight',
  valuesConfig: {
    ROUND_ROBIN: { description: 'Each healthy replica in turn' },
    LEAST_CONNECTIONS: { description: 'The replica with the fewest requests in flight' },
  },
});
registerEnumType(BreakerState, {
  name: 'BreakerState',
  description:
    'CLOSED: in rotation; OPEN: out after failureThreshold failures; HALF_OPEN: one trial request after resetTimeoutMs',
  valuesConfig: {
    OPEN: {
      description: 'Out of rotation after failureThreshold failures in a row, until resetTimeoutMs passes',
    },
    HALF_OPEN: { description: 'One trial request decides whether it closes or opens again' },
    CLOSED: { description: 'In rotation' },
  },
});

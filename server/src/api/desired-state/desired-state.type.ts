import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum DesiredChangeKind {
  ENVIRONMENT = 'ENVIRONMENT',
  NETWORK = 'NETWORK',
  VOLUME = 'VOLUME',
  SECRET = 'SECRET',
  SERVICE = 'SERVICE',
}
registerEnumType(DesiredChangeKind, {
  name: 'DesiredChangeKind',
  description: 'What a desired-state entry is',
  valuesConfig: {
    ENVIRONMENT: { description: 'An environment with its quota and policy' },
    NETWORK: { description: 'A cluster network' },
    VOLUME: { description: 'A named volume on a node (name: NODE/VOLUME)' },
    SECRET: { description: 'A secret, by name only (name: ENVIRONMENT/SECRET); values are never exported' },
    SERVICE: { description: 'A service and its whole spec' },
  },
});

export enum DesiredChangeAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  MISSING = 'MISSING',
  CONFLICT = 'CONFLICT',
}
registerEnumType(DesiredChangeAction, {
  name: 'DesiredChangeAction',
  description: 'What an import does with an entry',
  valuesConfig: {
    CREATE: { description: 'Not here: created' },
    UPDATE: { description: 'Here and different: updated (a service gets a new revision and rolls out)' },
    UNCHANGED: { description: 'Here and the same: left alone' },
    MISSING: {
      description: 'A secret the document names that is not here: create it first (stops the import)',
    },
    CONFLICT: { description: 'Cannot be applied as written; details say why (stops the import)' },
  },
});

@ObjectType('DesiredChange', { description: "One entry of an import's plan" })
export class DesiredChangeType {
  @Field(() => DesiredChangeKind, { description: 'What it is' }) kind: DesiredChangeKind;
  @Field(() => String, { description: 'Its name (NODE/VOLUME for volumes, ENVIRONMENT/SECRET for secrets)' })
  name: string;
  @Field(() => DesiredChangeAction, { description: 'What the import does with it' })
  action: DesiredChangeAction;
  @Field(() => [String], {
    description: 'The fields that differ (dotted paths) for UPDATE; the reason for MISSING and CONFLICT',
  })
  details: string[];
}

@ObjectType('DesiredStateImport', { description: 'The plan of an import, and whether it was applied' })
export class DesiredStateImportType {
  @Field(() => [DesiredChangeType], { description: 'Every entry of the document, in the order applied' })
  changes: DesiredChangeType[];
  @Field(() => Boolean, {
    description:
      'True when the changes were made; false on a dry run or when a MISSING or CONFLICT entry stopped it',
  })
  applied: boolean;
}

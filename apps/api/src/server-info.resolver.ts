import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';

@ObjectType({ description: 'What an integrator needs to know about the server before anything else.' })
export class ServerInfo {
  @Field({ description: 'Version of the API (semantic versioning).' })
  version: string;

  @Field({ description: 'Current server time, ISO 8601.' })
  serverTime: string;
}

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  @Query(() => ServerInfo, { description: 'Server version and time; needs no authentication.' })
  serverInfo(): ServerInfo {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { version } = require('../../../package.json') as { version: string };
    return { version, serverTime: new Date().toISOString() };
  }
}

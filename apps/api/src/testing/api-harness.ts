import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, seedDemo, TestDatabase } from '@crm/composition';
import { AppConfig, createDataSource } from '@crm/platform';
import { createApiApp } from '../bootstrap';

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; problems?: { field: string; message: string }[]; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

/**
 * The API over HTTP on its own cloned database with the demo data, plus owner and application
 * connections for arranging and checking rows. One per e2e test file.
 */
export class ApiHarness {
  private constructor(
    readonly db: TestDatabase,
    readonly app: INestApplication,
    readonly admin: DataSource,
    readonly appDs: DataSource,
    readonly demoTenantId: string,
  ) {}

  static async start(overrides: Partial<AppConfig> = {}): Promise<ApiHarness> {
    const db = await createTestDatabase(overrides);
    const { tenantId } = await seedDemo(db.config);
    const admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    const appDs = await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize();
    const app = await createApiApp(db.config);
    await app.listen(0, '127.0.0.1');
    return new ApiHarness(db, app, admin, appDs, tenantId);
  }

  get config(): AppConfig {
    return this.db.config;
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResponse<T>> {
    const req = request(this.app.getHttpServer()).post('/graphql');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data as T, errors: res.body.errors as GqlError[] | undefined };
  }

  /** Signs in and returns the access token; fails the test when sign-in fails. */
  async signIn(tenant: string, email: string, password: string): Promise<string> {
    const res = await this.gql<{ signIn: { accessToken: string } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { tenant, email, password } },
    );
    if (res.errors) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
    return res.data!.signIn.accessToken;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.appDs?.destroy();
    await this.admin?.destroy();
    await this.db?.drop();
  }
}

export const codeOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
export const fieldOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.field;

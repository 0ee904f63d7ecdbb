// Jest setup file. jest-environment-node copies the runner's globals into every test context, and
// @nestjs/graphql keeps its type metadata on `global`: classes decorated while the global setup ran
// (another realm, another `Boolean`) would leak into the test's schema. Each test file starts clean.
for (const key of ['GqlTypeMetadataStorage', 'GqlLazyMetadataStorageHost']) {
  delete (globalThis as Record<string, unknown>)[key];
}

/**
 * Medium and end-to-end tests talk to real PostgreSQL, Redis, HTTP servers and Chromium; on a loaded
 * machine a hook such as seeding the demo data may take longer than Jest's 5 s default. No test asserts
 * on time (speed is measured by `pnpm bench`), so a generous limit only turns a slow run into a pass.
 */
jest.setTimeout(60_000);

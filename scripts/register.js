// Runs the TypeScript sources directly (decorator metadata included) for api, worker and CLIs.
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('path').join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
require('reflect-metadata');

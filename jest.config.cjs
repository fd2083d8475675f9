// Nest 12 and TypeORM ship ESM; @swc/jest compiles them, and our TypeScript, to CommonJS for Jest.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  transformIgnorePatterns: [
    // linkedom's CommonJS build requires the ESM-only css-select family.
    '/node_modules/(?!(@nestjs|uid|load-esm|file-type|strtok3|token-types|@tokenizer|@borewit|css-select|css-what|domutils|dom-serializer|domhandler|entities|htmlparser2|nth-check|boolbase|domelementtype|cssomnom)/)',
  ],
  moduleNameMapper: {
    '^@claimline/(contracts|extraction)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      rootDir: __dirname,
      testMatch: ['<rootDir>/libs/*/src/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      rootDir: __dirname,
      testMatch: ['<rootDir>/tests/integration/**/*.spec.ts'],
      setupFiles: ['<rootDir>/tests/integration/setup-env.ts'],
      globalSetup: '<rootDir>/tests/integration/global-setup.ts',
    },
    {
      ...shared,
      displayName: 'browser',
      rootDir: __dirname,
      testMatch: ['<rootDir>/tests/browser/**/*.spec.ts'],
      globalSetup: '<rootDir>/tests/browser/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/browser/support/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'faults',
      rootDir: __dirname,
      testMatch: ['<rootDir>/tests/faults/**/*.spec.ts'],
    },
  ],
};

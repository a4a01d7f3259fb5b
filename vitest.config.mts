import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  // Mirrors `paths: { "@/*": ["./*"] }` in tsconfig.json.
  resolve: { alias: { '@': root } },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
  },
});

// Builds the backup console into console/dist (served by the gateway at /). `npm run console:dev` serves it with
// live reload on :5173, sending /graphql and /console/config.json to a gateway on :4000.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  logLevel: "warn",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No inline polyfill script: the Content-Security-Policy allows scripts from the origin only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: "es2022",
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { "/graphql": "http://127.0.0.1:4000", "/console/config.json": "http://127.0.0.1:4000" },
  },
});

# backup-graphql gateway (and the emulator, for demos: `node dist/emulator/main.js`).
#   docker build -t backup-graphql .
#   docker run --rm -p 4000:4000 -e GRAPH_BASE_URL=emulator backup-graphql   # the embedded emulator, demo data, asked for by name
#   docker run --rm -p 4000:4000 --env-file graph.env backup-graphql  # real Graph: AZURE_* from a file, never the image
#   With neither, the image (NODE_ENV=production) stops at start with one line naming the missing variables.
# test/e2e/production-start.test.ts replays these steps without Docker, from a clean copy, and
# test/unit/deploy/dockerfile.test.ts checks the rules this file follows.

# ---- build: dev dependencies and the TypeScript compiler, thrown away after ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts are not needed by anything here, and skipping them keeps a dependency from running code at build.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build
# The backup console (served at /): Vite builds console/dist from console/ with the dev dependencies installed above.
COPY console ./console
RUN npm run console:build

# ---- runtime: production dependencies and the compiled JavaScript only ----
FROM node:20-bookworm-slim AS runtime
# HOST=0.0.0.0: the gateway binds loopback by default, which nothing outside the container can reach.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/console/dist ./console/dist
# The image's own unprivileged user (uid 1000); the gateway writes nothing to disk.
USER node
EXPOSE 4000
# Slim images have no curl; node's fetch does the probe. /healthz answers while the process serves at all;
# orchestrators that probe themselves (Kubernetes: examples/kubernetes/) ignore this.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node runs as PID 1, without an init: the kernel gives PID 1 no default signal actions, but main.ts handles SIGTERM
# and SIGINT itself (drain, then exit 0), and the gateway starts no child processes, so there are no zombies to reap.
# `docker run --init` or compose's `init: true` add tini in front all the same, if you prefer.
CMD ["node", "dist/main.js"]

# Claimline: API + web app in one image, on Node 24 LTS. Build: docker compose build
FROM node:24-bookworm-slim AS base
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
COPY libs/extraction/package.json libs/extraction/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY tests/package.json tests/

FROM base AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Production dependencies only: the web app's packages are all devDependencies (Vite bundles them at build time),
# and test, lint and build tools never reach the image.
FROM base AS prod-deps
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
# V8's young generation fixed at 32 MB semi-spaces (Node 24 sizes it from the machine's memory). Under a team's
# load 16 MB meant a 4-5 ms scavenge every ~70 ms (6 % of the API's time): 32 MB took 6 % off its CPU per request
# for ~20 MB more idle RSS (docs/benchmarks.md, issue 18, session 12).
ENV NODE_OPTIONS=--max-semi-space-size=32
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/libs/contracts/package.json libs/contracts/
COPY --from=build /app/libs/contracts/dist libs/contracts/dist
COPY --from=build /app/libs/extraction/package.json libs/extraction/
COPY --from=build /app/libs/extraction/dist libs/extraction/dist
# Conflict packs: the engine reads them at start-up (default libya-2019).
COPY --from=build /app/libs/extraction/packs libs/extraction/packs
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
COPY --from=build /app/fixtures/seed-article-ar.txt fixtures/
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
EXPOSE 3000
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]

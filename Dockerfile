# The imr-graph GraphQL server; docker-compose.yml runs it next to Neo4j 5.26.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off: "prepare" runs the build, and the sources are not copied yet.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY loaders ./loaders
COPY bench ./bench
COPY schema ./schema
RUN npm run build

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
USER node
EXPOSE 4000
# The V8 heap for the default 64 MiB response cache (src/cli/node-flags.ts: 128 + 2 x cache MiB);
# raise it with IMR_GRAPH_RESPONSE_CACHE_MB.
ENV NODE_OPTIONS=--max-old-space-size=256
CMD ["node", "dist/src/cli/main.js", "serve"]

# One image for the api and the worker (docker-compose.yml picks the command).
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
# ISA's national figures, read by the reports at start-up (a data file, so a new year needs no build).
COPY --from=build --chown=node:node /app/libs/reports/data ./libs/reports/data
# Evidence files (encrypted) when DOCUMENTS_STORAGE=local: a named volume mounted here starts
# with this folder's owner, so the node user can write to it.
RUN mkdir -p /var/lib/yorisoi/documents && chown node:node /var/lib/yorisoi/documents && chmod 700 /var/lib/yorisoi/documents
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/apps/api/src/main.js"]

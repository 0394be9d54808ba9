# Container recipe for the office server (relay + inbox). NOT TESTED: the machine this project is built on has no
# Docker engine. The steps are the README's production install (tried on 2026-12-05 without Docker).
#   docker build -t bctt .
#   docker run -d --name bctt --network host -v bctt-data:/var/lib/bctt --env-file /etc/bctt/bctt.env bctt
# The server speaks plain HTTP on loopback only (it refuses a public address without TLS): run it on the host's
# network behind the host's nginx/Caddy (deploy/), or give it TLS_CERT/TLS_KEY and publish its port.

# 1. Build: the pane (dist/), the server bundle (dist/server) and the CLI (dist/cli), with the development tools.
#    --ignore-scripts: the bundles need no native module, and office-addin-debugging's keytar would need libsecret.
FROM node:20-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:server && npm run build:cli

# 2. Production packages only; better-sqlite3 and argon2 compile here when no prebuilt binary loads (needs g++,
#    make, python3: all in node:20-bookworm).
FROM node:20-bookworm AS deps
WORKDIR /opt/bctt
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY --from=build /src/dist ./dist
RUN npm ci --omit=dev --no-audit --no-fund

# 3. What runs: node, the production packages and the built files; no compiler, no TypeScript.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=127.0.0.1 PORT=8787 TRUST_PROXY=1 \
    RELAY_DB=/var/lib/bctt/relay.sqlite RELAY_STATIC_DIR=/opt/bctt/dist
WORKDIR /opt/bctt
COPY --from=deps /opt/bctt ./
COPY bin ./bin
RUN mkdir -p /var/lib/bctt && chown node:node /var/lib/bctt
USER node
VOLUME /var/lib/bctt
# Administrator: docker exec -it bctt node dist/server/main.cjs create-admin admin
# Backup:        docker exec bctt node dist/server/main.cjs backup /var/lib/bctt/backup-$(date +%F).sqlite
CMD ["node", "dist/server/main.cjs"]

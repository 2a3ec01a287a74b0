# The API with the built H5 mini-app, for docker-compose.yml.
FROM node:20-bookworm-slim
RUN npm install -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build
ENV NODE_ENV=development HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]

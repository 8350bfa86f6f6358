#!/bin/sh
# api | worker | migrate | seed | job <name>: migrations are applied before the API or worker starts.
set -e
cli=dist/libs/database/src/cli.js
case "${1:-api}" in
  api)     node "$cli" migrate && exec node dist/apps/api/src/main.js ;;
  worker)  node "$cli" migrate && exec node dist/apps/worker/src/main.js ;;
  migrate) exec node "$cli" migrate ;;
  seed)    exec node "$cli" seed ;;
  job)     shift; exec node dist/apps/worker/src/job.js "$@" ;;
  *)       exec "$@" ;;
esac

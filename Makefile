# ActorGraph: `make graphs` builds the diagrams of the seeds, `make test` runs the tests.
# Both install Graphviz's C library (libgraphviz-dev) with apt-get when pkg-config cannot find it.

SWIFT ?= swift
DB ?= .build/seeds.sqlite
BIN = .build/release/actorgraph

.PHONY: deps build graphs test evaluate bench clean

deps:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! pkg-config --exists sqlite3 2>/dev/null; then \
	  echo "installing libgraphviz-dev and libsqlite3-dev with apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libgraphviz-dev libsqlite3-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build -c release --product actorgraph

graphs: build
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN) ingest seeds --db $(DB)
	rm -rf graphs.new && $(BIN) snapshots --out graphs.new --db $(DB)
	rm -rf graphs && mv graphs.new graphs
	$(BIN) export --format json --db $(DB) > graphs/graph.json
	$(BIN) evaluate --gold seeds/gold --db $(DB) | tail -7

test: deps
	@python3 -c "import networkx" 2>/dev/null || python3 -m pip install -q networkx
	$(SWIFT) build --product actorgraph
	$(SWIFT) test

clean:
	rm -rf .build graphs.new

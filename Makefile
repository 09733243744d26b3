# narrate: set-up, build, run, test and benchmark.
#
#   make run    install what is missing, build, and narrate the bundled example into Output/
#   make test   install what is missing (including test tools) and run the whole test suite
#   make bench  run the benchmarks (CPU time and memory against the espeak-ng and lame programs)
#   make bench-batch  run the narrate batch benchmarks (parallel speed-up, no-change rerun)
#
# Packages are installed with apt-get (through sudo when not root) only when missing.

SHELL := /bin/bash
SWIFT ?= swift
LINUX := $(filter Linux,$(shell uname -s))
# On Linux the release build carries the Swift runtime and Foundation inside (its networking part
# then links libcurl, hence libcurl4-openssl-dev): a run no longer loads some twenty shared
# libraries first, which takes a third off the start-up of short commands like `narrate clean`.
# It links with the toolchain's lld: gold warns about a mktemp call inside the static Foundation.
RELEASE_FLAGS := -c release --product narrate \
  $(if $(LINUX),--static-swift-stdlib -Xswiftc -use-ld=lld)
# Libraries narrate links against.
BUILD_PACKAGES := pkg-config libespeak-ng-dev libmp3lame-dev libxml2-dev libcmark-dev \
  $(if $(LINUX),libcurl4-openssl-dev)
# Real decoders and podcast parsers the tests check the output with.
TEST_PACKAGES := mpg123 ffmpeg espeak-ng python3-podcastparser python3-feedparser python3-mutagen curl gpodder
# The command-line programs the benchmark compares narrate against.
BENCH_PACKAGES := espeak-ng lame time

.PHONY: run test bench bench-batch setup setup-test setup-bench build release lint clean

run: setup release
	@echo "==> narrating Examples/*.txt into Output/"
	.build/release/narrate Examples/*.txt --image Examples/cover.png --output Output
	@echo "==> done: play Output/episodes/*.mp3, or subscribe to Output/feed.xml"

test: setup setup-test
	@echo "==> checking formatting (swift format lint --strict)"
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift
	@echo "==> building and running the tests"
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: setup setup-bench release
	Benchmarks/run.sh

bench-batch: setup release
	Benchmarks/batch.sh

release:
	@echo "==> building narrate (release)"
	$(SWIFT) build $(RELEASE_FLAGS)

build:
	$(SWIFT) build

setup:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)

setup-test:
	@scripts/ensure-packages.sh $(TEST_PACKAGES)

setup-bench:
	@scripts/ensure-packages.sh $(BENCH_PACKAGES)

clean:
	rm -rf .build

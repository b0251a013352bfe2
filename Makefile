# The two commands of the README. Both install what is missing (apt, as
# root), configure and build with CMake; see scripts/install-deps.sh.
#   make run   build, then run actorkg on corpus/ writing out/
#   make test  build with -Werror, lint, run every test plain and under
#              ASan+UBSan; with clang installed, also run each libFuzzer
#              target of tests/fuzz for 30 s
#   make lint  clang-format check and clang-tidy (part of make test)
#   make format  apply .clang-format
#   make docs-image  render the seed corpus's graph.svg to docs/graph.png
#              (the README's picture) with headless Chromium

BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: run test deps build lint format clean docs-image

C_FILES = $(wildcard src/*/*.c src/*/*.h include/actorkg/*.h tests/unit/*.c \
                     tests/fuzz/*.c tests/fuzz/*.h bench/*.c)

run: build
	./$(BUILD)/actorkg build corpus -o out

test: deps
	cmake -S . -B $(BUILD) -DAKG_WERROR=ON
	cmake --build $(BUILD) -j $(JOBS)
	$(MAKE) --no-print-directory lint
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
	cmake -S . -B $(ASAN_BUILD) -DAKG_WERROR=ON -DAKG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)
	@if command -v clang >/dev/null 2>&1; then \
	  cmake -S . -B $(FUZZ_BUILD) -DAKG_FUZZ=ON -DAKG_TESTS=OFF -DCMAKE_C_COMPILER=clang && \
	  cmake --build $(FUZZ_BUILD) -j $(JOBS) && \
	  ctest --test-dir $(FUZZ_BUILD) --output-on-failure -j $(JOBS); \
	else echo "clang not installed: fuzz targets not run"; fi

deps:
	sh scripts/install-deps.sh

docs-image: build
	./$(BUILD)/actorkg build -q corpus -o out
	sh scripts/docs-image.sh out/graph.svg docs/graph.png

build: deps
	cmake -S . -B $(BUILD)
	cmake --build $(BUILD) -j $(JOBS)

lint:
	clang-format --dry-run -Werror $(C_FILES)
	printf "%s\n" $(wildcard src/*/*.c) | xargs -P $(JOBS) -n 4 clang-tidy -p $(BUILD) --quiet

format:
	clang-format -i $(C_FILES)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)

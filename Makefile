# The two commands of the README. Both install what is missing (apt, as
# root), configure and build with CMake; see scripts/install-deps.sh.
#   make run   build, then run actorkg on corpus/ writing out/
#   make test  build with -Werror, lint, run every test plain and under
#              ASan+UBSan
#   make lint  clang-format check and clang-tidy (part of make test)
#   make format  apply .clang-format

BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: run test deps build lint format clean

C_FILES = $(wildcard src/*/*.c src/*/*.h include/actorkg/*.h tests/unit/*.c)

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

deps:
	sh scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD)
	cmake --build $(BUILD) -j $(JOBS)

lint:
	clang-format --dry-run -Werror $(C_FILES)
	printf "%s\n" $(wildcard src/*/*.c) | xargs -P $(JOBS) -n 4 clang-tidy -p $(BUILD) --quiet

format:
	clang-format -i $(C_FILES)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)

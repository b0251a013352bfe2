# The two commands of the README. Both install what is missing (apt, as
# root), configure and build with CMake; see scripts/install-deps.sh.
#   make run   build, then run actorkg on corpus/ writing out/
#   make test  build with -Werror, run every test plain and under ASan+UBSan

BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: run test deps build build-asan clean

run: build
	./$(BUILD)/actorkg build corpus -o out

test: deps
	cmake -S . -B $(BUILD) -DAKG_WERROR=ON
	cmake --build $(BUILD) -j $(JOBS)
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
	cmake -S . -B $(ASAN_BUILD) -DAKG_WERROR=ON -DAKG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

deps:
	sh scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD)
	cmake --build $(BUILD) -j $(JOBS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)

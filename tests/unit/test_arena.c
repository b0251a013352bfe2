/* test_arena.c: the arena (src/util/arena.c): pieces are aligned, do not
 * overlap, survive later allocations of any size, and strings are copied;
 * everything goes with the arena (ASan and the leak checker watch). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/arena.h"

static void pieces_are_aligned_and_apart(void **state) {
  (void)state;
  akg_arena *arena = akg_arena_new();
  unsigned char *pieces[3000];
  size_t sizes[3000];
  for (size_t i = 0; i < 3000; i++) {
    /* Small, odd, empty and larger than a quarter block, mixed. */
    sizes[i] = i % 500 == 7 ? 40000 : i % 13;
    pieces[i] = akg_arena_alloc(arena, sizes[i]);
    assert_non_null(pieces[i]);
    assert_int_equal((uintptr_t)pieces[i] % 8, 0);
    memset(pieces[i], (int)(i & 0xFF), sizes[i]);
  }
  for (size_t i = 0; i < 3000; i++)
    for (size_t j = 0; j < sizes[i]; j++)
      assert_int_equal(pieces[i][j], i & 0xFF);
  assert_true(akg_arena_footprint(arena) >= 6 * 40000);
  akg_arena_free(arena);
  akg_arena_free(NULL);
}

static void strings_are_copied(void **state) {
  (void)state;
  akg_arena *arena = akg_arena_new();
  char text[32] = "Japan accused China";
  char *copy = akg_arena_strdup(arena, text);
  text[0] = 'X';
  assert_string_equal(copy, "Japan accused China");
  assert_ptr_not_equal(copy, text);
  assert_null(akg_arena_strdup(arena, NULL));
  assert_string_equal(akg_arena_strdup(arena, ""), "");
  /* A small arena footprint: one block for many short strings. */
  for (int i = 0; i < 1000; i++)
    akg_arena_strdup(arena, "0123456789abcdef.txt");
  assert_true(akg_arena_footprint(arena) < 2 * 65536 + 1024);
  akg_arena_free(arena);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(pieces_are_aligned_and_apart),
      cmocka_unit_test(strings_are_copied),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

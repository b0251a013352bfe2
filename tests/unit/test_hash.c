/* test_hash.c: FNV-1a and the string map (src/util/hash.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/hash.h"

static void test_fnv1a_vectors(void **state) {
  (void)state;
  /* Published FNV-1a 64-bit test vectors. */
  assert_true(akg_fnv1a_64(AKG_FNV1A_64_INIT, "", 0) == UINT64_C(0xcbf29ce484222325));
  assert_true(akg_fnv1a_64(AKG_FNV1A_64_INIT, "a", 1) == UINT64_C(0xaf63dc4c8601ec8c));
  assert_true(akg_fnv1a_64(AKG_FNV1A_64_INIT, "foobar", 6) ==
              UINT64_C(0x85944171f73967e8));
  /* Pieces hash like the whole. */
  uint64_t h = akg_fnv1a_64(AKG_FNV1A_64_INIT, "foo", 3);
  assert_true(akg_fnv1a_64(h, "bar", 3) == UINT64_C(0x85944171f73967e8));
}

static void test_map_insert_and_find(void **state) {
  (void)state;
  akg_strmap *map = akg_strmap_new();
  assert_null(akg_strmap_get(map, "missing"));
  bool inserted;
  int one = 1, two = 2;
  void **slot = akg_strmap_slot(map, "one", &inserted);
  assert_true(inserted);
  assert_null(*slot);
  *slot = &one;
  slot = akg_strmap_slot(map, "one", &inserted);
  assert_false(inserted);
  assert_ptr_equal(*slot, &one);
  *akg_strmap_slot(map, "two", NULL) = &two;
  assert_ptr_equal(akg_strmap_get(map, "one"), &one);
  assert_ptr_equal(akg_strmap_get(map, "two"), &two);
  assert_null(akg_strmap_get(map, "three"));
  /* Keys are copied. */
  char key[] = "temp";
  *akg_strmap_slot(map, key, NULL) = &one;
  key[0] = 'T';
  assert_ptr_equal(akg_strmap_get(map, "temp"), &one);
  assert_null(akg_strmap_get(map, "Temp"));
  assert_int_equal(akg_strmap_count(map), 3);
  akg_strmap_clear(map);
  assert_int_equal(akg_strmap_count(map), 0);
  assert_null(akg_strmap_get(map, "one"));
  akg_strmap_free(map);
  akg_strmap_free(NULL);
}

static void test_map_grows(void **state) {
  (void)state;
  enum { N = 50000 };
  static int values[N];
  akg_strmap *map = akg_strmap_new();
  char key[32];
  for (int i = 0; i < N; i++) {
    snprintf(key, sizeof key, "key-%d", i);
    bool inserted;
    void **slot = akg_strmap_slot(map, key, &inserted);
    assert_true(inserted);
    *slot = &values[i];
  }
  assert_int_equal(akg_strmap_count(map), N);
  for (int i = 0; i < N; i++) {
    snprintf(key, sizeof key, "key-%d", i);
    assert_ptr_equal(akg_strmap_get(map, key), &values[i]);
  }
  assert_null(akg_strmap_get(map, "key-50000"));
  akg_strmap_free(map);
}

/* A borrowing map stores the very pointer given (no copy), finds keys
 * by content, and frees none of them (ASan would see a double free). */
static void test_borrowing_map_keeps_the_callers_keys(void **state) {
  (void)state;
  static char keys[2000][12];
  akg_strmap *map = akg_strmap_new_borrowing();
  for (int i = 0; i < 2000; i++) {
    snprintf(keys[i], sizeof keys[i], "key-%d", i);
    bool inserted;
    *akg_strmap_slot(map, keys[i], &inserted) = keys[i];
    assert_true(inserted);
  }
  assert_int_equal(akg_strmap_count(map), 2000);
  char probe[12];
  snprintf(probe, sizeof probe, "key-%d", 1234);
  assert_ptr_equal(akg_strmap_get(map, probe), keys[1234]);
  bool inserted;
  akg_strmap_slot(map, probe, &inserted);
  assert_false(inserted);
  akg_strmap_clear(map);
  assert_null(akg_strmap_get(map, probe));
  akg_strmap_free(map);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fnv1a_vectors),
      cmocka_unit_test(test_map_insert_and_find),
      cmocka_unit_test(test_map_grows),
      cmocka_unit_test(test_borrowing_map_keeps_the_callers_keys),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

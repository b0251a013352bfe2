/* test_lexicon.c: loading actors.ttl and relations.ttl, from strings and
 * from the real ontology/ folder, and the errors a broken lexicon gets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/buf.h"
#include "actorkg/lexicon.h"
#include "actorkg/tokens.h"
#include "extract/lexicon_internal.h"

#define PREFIXES                                                                         \
  "@prefix akg: <https://w3id.org/actorkg/ns#> .\n"                                      \
  "@prefix actor: <https://w3id.org/actorkg/id/actor/> .\n"                              \
  "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"                            \
  "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"

static const char actors[] = PREFIXES
    "actor:JPN a akg:Country ; rdfs:label \"Japan\"@en ;\n"
    "  skos:altLabel \"Tokyo\"@en , \"Nippon\"@en ; akg:demonym \"Japanese\"@en ;\n"
    "  akg:isoCode \"JPN\" .\n"
    "actor:CHN a akg:Country ; rdfs:label \"China\"@en ; akg:isoCode \"CHN\" .\n"
    "actor:NATO a akg:Organization ; rdfs:label \"NATO\"@en ;\n"
    "  skos:altLabel \"North Atlantic Treaty Organization\"@en .\n"
    "<x:exclusions> akg:excludedPhrase \"South China Sea\"@en .\n";

typedef struct captured {
  akg_buf text;
} captured;

static void capture(void *ctx, akg_diag_level level, const char *file, unsigned long line,
                    const char *message) {
  (void)level;
  akg_buf_printf(&((captured *)ctx)->text, "%s:%lu: %s\n", file ? file : "-", line,
                 message);
}

static void loads_actors_sorted_with_labels(void **state) {
  (void)state;
  akg_lexicon *lex;
  akg_diag diag = {0};
  assert_int_equal(akg_lexicon_load_strings(actors, NULL, &lex, &diag), AKG_OK);
  assert_int_equal(akg_lexicon_actor_count(lex), 3);
  assert_string_equal(akg_lexicon_actor_at(lex, 0)->id, "CHN");
  assert_string_equal(akg_lexicon_actor_at(lex, 2)->id, "NATO");
  const akg_actor *jpn = akg_lexicon_find_id(lex, "JPN");
  assert_non_null(jpn);
  assert_string_equal(jpn->label, "Japan");
  assert_string_equal(jpn->iso_code, "JPN");
  assert_int_equal(jpn->kind, AKG_ACTOR_COUNTRY);
  assert_int_equal(jpn->alt_label_count, 2);
  assert_string_equal(jpn->alt_labels[0], "Nippon"); /* sorted */
  assert_int_equal(akg_lexicon_find_id(lex, "NATO")->kind, AKG_ACTOR_ORGANIZATION);
  assert_null(akg_lexicon_find_id(lex, "XYZ"));
  assert_ptr_equal(akg_lexicon_find_name(lex, "Tokyo"), jpn);
  assert_ptr_equal(akg_lexicon_find_name(lex, "north atlantic treaty organization"),
                   akg_lexicon_find_id(lex, "NATO"));
  assert_null(akg_lexicon_find_name(lex, "South China Sea"));
  akg_lexicon_free(lex);
}

static size_t match_name(const akg_lexicon *lex, const char *text, uint32_t *value) {
  akg_tokens toks = {0};
  akg_tokenize(text, strlen(text), &toks);
  size_t n = akg_phrase_dict_match(lex->names, &toks, 0, value);
  akg_tokens_free(&toks);
  return n;
}

static void exclusions_block_the_names_inside(void **state) {
  (void)state;
  akg_lexicon *lex;
  akg_diag diag = {0};
  assert_int_equal(akg_lexicon_load_strings(actors, NULL, &lex, &diag), AKG_OK);
  uint32_t value;
  assert_int_equal(match_name(lex, "South China Sea", &value), 3);
  assert_int_equal(value, AKG_NAME_EXCLUDED);
  assert_int_equal(match_name(lex, "Japanese warships", &value), 1);
  assert_int_equal(AKG_NAME_KIND(value), AKG_LABEL_DEMONYM);
  akg_lexicon_free(lex);
}

static void actor_without_label_is_an_error(void **state) {
  (void)state;
  captured cap = {AKG_BUF_INIT};
  akg_diag diag = {capture, &cap, 0, 0};
  akg_lexicon *lex = (akg_lexicon *)1;
  assert_int_equal(
      akg_lexicon_load_strings(PREFIXES "\nactor:X a akg:Country .\n", NULL, &lex, &diag),
      AKG_ERR_SYNTAX);
  assert_null(lex);
  assert_non_null(strstr(cap.text.data, "actors.ttl:6:"));
  assert_non_null(strstr(cap.text.data, "has no rdfs:label"));
  akg_buf_free(&cap.text);
}

static void bad_turtle_names_file_and_line(void **state) {
  (void)state;
  captured cap = {AKG_BUF_INIT};
  akg_diag diag = {capture, &cap, 0, 0};
  akg_lexicon *lex;
  assert_int_equal(akg_lexicon_load_strings(
                       PREFIXES "actor:JPN a \n\n akg:Country ;; .\n", NULL, &lex, &diag),
                   AKG_ERR_SYNTAX);
  assert_non_null(strstr(cap.text.data, "actors.ttl:"));
  assert_true(diag.errors > 0);
  akg_buf_free(&cap.text);
}

static void trigger_errors(void **state) {
  (void)state;
  static const char two_triggers_one_form[] =
      "@prefix akg: <https://w3id.org/actorkg/ns#> .\n"
      "<x:a> a akg:RelationTrigger ; akg:signals akg:accuses ; "
      "akg:frame akg:VerbFrame ; akg:form \"blame\" .\n"
      "<x:b> a akg:RelationTrigger ; akg:signals akg:joins ; "
      "akg:frame akg:VerbFrame ; akg:form \"blame\" .\n";
  static const char unknown_relation[] =
      "@prefix akg: <https://w3id.org/actorkg/ns#> .\n"
      "<x:a> a akg:RelationTrigger ; akg:signals akg:likes ; "
      "akg:frame akg:VerbFrame ; akg:form \"like\" .\n";
  static const char unknown_cue[] =
      "@prefix akg: <https://w3id.org/actorkg/ns#> .\n"
      "<x:c> a akg:Cue ; akg:cueClass akg:Whatever ; akg:form \"x\" .\n";
  static const char multiword_marker[] =
      "@prefix akg: <https://w3id.org/actorkg/ns#> .\n"
      "<x:a> a akg:RelationTrigger ; akg:signals akg:accuses ; "
      "akg:frame akg:NounFrame ; akg:form \"charge\" ; akg:objectMarker \"as to\" .\n";
  const char *cases[] = {two_triggers_one_form, unknown_relation, unknown_cue,
                         multiword_marker};
  const char *messages[] = {"is a form of two triggers", "needs akg:signals",
                            "unknown cue class", "must be one word"};
  for (size_t i = 0; i < 4; i++) {
    captured cap = {AKG_BUF_INIT};
    akg_diag diag = {capture, &cap, 0, 0};
    akg_lexicon *lex;
    assert_int_equal(akg_lexicon_load_strings(NULL, cases[i], &lex, &diag),
                     AKG_ERR_SYNTAX);
    assert_non_null(strstr(cap.text.data, "relations.ttl:"));
    assert_non_null(strstr(cap.text.data, messages[i]));
    akg_buf_free(&cap.text);
  }
}

static void missing_folder_names_the_file(void **state) {
  (void)state;
  captured cap = {AKG_BUF_INIT};
  akg_diag diag = {capture, &cap, 0, 0};
  akg_lexicon *lex;
  assert_int_equal(akg_lexicon_load("/nonexistent-dir", &lex, &diag), AKG_ERR_NOT_FOUND);
  assert_non_null(strstr(cap.text.data, "/nonexistent-dir/actors.ttl"));
  akg_buf_free(&cap.text);
}

/* The shipped lexicon: every country of the data, the organizations the
 * corpus names, and the names a news reader needs. */
static void shipped_lexicon(void **state) {
  (void)state;
  akg_lexicon *lex;
  akg_diag diag = {0};
  assert_int_equal(akg_lexicon_load(AKG_SOURCE_DIR "/ontology", &lex, &diag), AKG_OK);
  assert_int_equal(diag.warnings, 0);
  assert_true(akg_lexicon_actor_count(lex) >= 250 + 6);
  static const char *const names[][2] = {
      {"DPRK", "PRK"},           {"North Korea", "PRK"},
      {"Pyongyang", "PRK"},      {"ROK", "KOR"},
      {"U.S.", "USA"},           {"Tokyo", "JPN"},
      {"Beijing", "CHN"},        {"Kremlin", "RUS"},
      {"NATO CCDCOE", "CCDCOE"}, {"Association of Southeast Asian Nations", "ASEAN"},
      {"Quad", "QUAD"},          {"European Union", "EU"},
      {"United Nations", "UN"},  {"Türkiye", "TUR"}};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    const akg_actor *a = akg_lexicon_find_name(lex, names[i][0]);
    assert_non_null(a);
    assert_string_equal(a->id, names[i][1]);
  }
  assert_non_null(akg_lexicon_find_id(lex, "JPN")->same_as);
  akg_lexicon_free(lex);
}

static void free_null(void **state) {
  (void)state;
  akg_lexicon_free(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(loads_actors_sorted_with_labels),
      cmocka_unit_test(exclusions_block_the_names_inside),
      cmocka_unit_test(actor_without_label_is_an_error),
      cmocka_unit_test(bad_turtle_names_file_and_line),
      cmocka_unit_test(trigger_errors),
      cmocka_unit_test(missing_folder_names_the_file),
      cmocka_unit_test(shipped_lexicon),
      cmocka_unit_test(free_null),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

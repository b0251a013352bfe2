/* pipeline.c: see pipeline.h. */
#include "actorkg/pipeline.h"

#include <string.h>

#include "actorkg/extract.h"

akg_status akg_pipeline_run(const akg_lexicon *lexicon, const char *const *paths,
                            size_t path_count, const akg_pipeline_options *options,
                            akg_graph *graph, akg_pipeline_stats *stats, akg_diag *diag) {
  memset(stats, 0, sizeof *stats);
  akg_strlist files = {0};
  akg_inputs_list(paths, path_count, &files, &stats->skipped, diag);
  stats->files = files.count;
  akg_status status = AKG_OK;
  if (options->strict && stats->skipped)
    status = AKG_ERR_BAD_INPUT;
  akg_extractor *extractor = akg_extractor_new(lexicon);
  akg_articles articles = {0};
  akg_facts facts = {0};
  for (size_t f = 0; f < files.count && status == AKG_OK; f++) {
    akg_articles_clear(&articles);
    akg_status read = akg_read_file(files.items[f], &options->read, &articles, diag);
    if (read != AKG_OK) {
      stats->skipped++;
      if (options->strict)
        status = read;
      continue;
    }
    for (size_t a = 0; a < articles.count; a++) {
      akg_facts_clear(&facts);
      if (akg_extract_article(extractor, &articles.items[a], &facts) ==
          AKG_ERR_TOO_LARGE) {
        akg_diag_report(diag, AKG_DIAG_WARNING, articles.items[a].origin, 0,
                        "states more than %d relations; only the first %d are kept",
                        AKG_EXTRACT_MAX_FACTS, AKG_EXTRACT_MAX_FACTS);
        stats->truncated++;
      }
      akg_status added =
          akg_graph_add_article(graph, &articles.items[a], facts.items, facts.count);
      if (added != AKG_OK) {
        akg_diag_report(diag, AKG_DIAG_ERROR, articles.items[a].origin, 0,
                        "article identifier \"%s\" is used by an earlier "
                        "input; this one is left out",
                        articles.items[a].id);
        stats->skipped++;
        if (options->strict)
          status = added;
        continue;
      }
      stats->articles++;
      stats->facts += facts.count;
    }
  }
  akg_facts_free(&facts);
  akg_articles_free(&articles);
  akg_extractor_free(extractor);
  akg_strlist_free(&files);
  return status;
}

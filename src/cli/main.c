/* main.c: the actorkg command line.
 *
 *   actorkg build [options] [PATH ...]   articles -> out/ (graph.ttl, .nt,
 *                                        .dot, .svg, events.csv,
 *                                        graph.graphml, ontology.ttl)
 *   actorkg eval --gold FILE [PATH ...]  precision, recall, F1 against gold
 *   actorkg extract [PATH ...]           articles -> records on stdout (map)
 *   actorkg merge [FILE ...]             records -> the files of build
 *
 * The only file that chooses exit statuses; all work is done by the
 * library modules, and what reaches the terminal goes through the console
 * (console.h: progress bar, colour, verbose lines). build and merge write
 * the rows of outputs[] that --format selects. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "actorkg/article_record.h"
#include "actorkg/console.h"
#include "actorkg/csv_export.h"
#include "actorkg/diag_buffer.h"
#include "actorkg/diagram.h"
#include "actorkg/eval.h"
#include "actorkg/file_copy.h"
#include "actorkg/graph.h"
#include "actorkg/graphml_export.h"
#include "actorkg/iri.h"
#include "actorkg/lexicon.h"
#include "actorkg/merge.h"
#include "actorkg/ordered.h"
#include "actorkg/outfile.h"
#include "actorkg/pipeline.h"
#include "actorkg/rdf_export.h"
#include "actorkg/report.h"
#include "actorkg/stats.h"

/* Exit statuses, documented in --help and the README. */
enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,      /* the run could not complete; outputs untouched */
  EXIT_USAGE = 2,       /* bad command line */
  EXIT_SKIPPED = 3,     /* outputs written, but some inputs were skipped */
  EXIT_BELOW_TARGET = 4 /* eval: a --min/--max target was not met */
};

/* --help: usage, then the table of outputs, then usage_tail. */
static const char usage[] =
    "Usage: actorkg build [OPTIONS] [PATH ...]\n"
    "       actorkg eval --gold FILE [OPTIONS] [PATH ...]\n"
    "       actorkg extract [OPTIONS] [PATH ...] > RECORDS\n"
    "       actorkg merge [OPTIONS] [RECORDS ...]\n"
    "       actorkg --help | --version\n"
    "\n"
    "Reads news articles (files, or folders walked recursively; default\n"
    "\"corpus\") and builds a knowledge graph of which states and\n"
    "organizations accuse, cooperate with and join whom, with the date and\n"
    "the article behind every edge.\n"
    "\n"
    "Inputs are told apart by content, not name: plain text (UTF-8, with\n"
    "an optional Key: value or --- front-matter header), HTML pages (charset\n"
    "as declared), RSS 2.0 and Atom feeds (an article per item) and\n"
    "PETRARCH XML (<Sentences>, an article per <Sentence>). The path - reads\n"
    "standard input (article id \"stdin\").\n"
    "\n"
    "build writes these files into the output folder, each replaced only\n"
    "once all are complete (the names are those of --format):\n";

/* The rest of --help, after the table of outputs. */
static const char usage_tail[] =
    "  -o, --output DIR       output folder (default: out)\n"
    "      --base IRI         base of minted IRIs (default:\n"
    "                         https://w3id.org/actorkg/id/)\n"
    "      --format LIST      build and merge: write only these outputs, a\n"
    "                         comma-separated list of the names above\n"
    "                         (default: all); the others are left as they are\n"
    "      --all-articles     build and merge: describe every article read,\n"
    "                         also those that state no relation (memory\n"
    "                         then grows with the corpus, not the graph)\n"
    "      --min-sources N    build and merge: draw only the facts stated by\n"
    "                         at least N articles\n"
    "      --top N            build and merge: draw only the facts among the\n"
    "                         N actors with the most events\n"
    "      --max-facts N      build and merge: draw at most N facts, those\n"
    "                         stated by most articles (default 10000; 0: no\n"
    "                         limit); graph.ttl and the tables keep all\n"
    "      --stats            build and merge: time, MB/s, sentences/s,\n"
    "                         triples/s and peak memory of every stage, on\n"
    "                         stderr\n"
    "\n"
    "eval builds the graph in memory and scores it against a gold file\n"
    "(tab-separated: article, subject, relation, object, date, status,\n"
    "evidence), printing precision, recall and F1 per relation, date\n"
    "accuracy, and every false positive and false negative.\n"
    "      --gold FILE        the gold file (required)\n"
    "      --min-precision X  exit 4 if overall precision < X\n"
    "      --min-recall X     exit 4 if overall recall < X\n"
    "      --min-date-accuracy X  exit 4 if date accuracy < X\n"
    "      --max-fp-articles X    exit 4 if the share of articles with a\n"
    "                         false positive > X (0..1)\n"
    "\n"
    "extract (map) writes one record per article to standard output: an\n"
    "N-Quads line holding the article and its facts, standing alone.\n"
    "merge reads records from files (\"-\" or none: standard input), in any\n"
    "order and split, and writes the same four files as build on the same\n"
    "articles, byte for byte. A record given twice counts once.\n"
    "      --format F         extract: the record syntax, nquads (default)\n"
    "                         or ntriples\n"
    "      --base IRI         extract and merge: as for build\n"
    "  -o, --output DIR       merge: as for build\n"
    "\n"
    "Reading (build, eval, extract):\n"
    "  -j, --jobs N           threads reading and extracting (default: the\n"
    "                         number of online processors); any N gives the\n"
    "                         same output\n"
    "      --files-from FILE  also read the paths listed in FILE, one a line\n"
    "                         (\"-\": standard input)\n"
    "      --max-file-size N  skip input files over N bytes (default 64 MiB;\n"
    "                         suffixes K, M, G)\n"
    "\n"
    "Common options:\n"
    "      --ontology DIR     lexicon folder (default: $ACTORKG_ONTOLOGY, else\n"
    "                         ../share/actorkg/ontology beside the installed\n"
    "                         binary, else the source tree's ontology/)\n"
    "      --strict           stop at the first input (or merge: record)\n"
    "                         that cannot be read\n"
    "  -q, --quiet            no summary line and no progress bar\n"
    "  -v, --verbose          also each file read and the time of each stage\n"
    "  -h, --help             this text\n"
    "  -V, --version          the version\n"
    "\n"
    "On a terminal, standard error shows a progress bar (files done, MB/s)\n"
    "and \"error\" and \"warning\" in colour; NO_COLOR (set and not empty)\n"
    "or TERM=dumb turn the colour off. Neither appears when standard error\n"
    "is a file or a pipe.\n"
    "\n"
    "Exit status: 0 success; 1 the run failed (outputs left as they were);\n"
    "2 bad command line; 3 outputs written but some inputs were skipped\n"
    "or cut short (each named on stderr); 4 eval targets not met.\n"
    "\n"
    "Examples:\n"
    "  actorkg build                       corpus/ -> out/, every output\n"
    "  actorkg build -o kg --format csv,graphml news/ feeds/\n"
    "                                      only events.csv and graph.graphml\n"
    "  actorkg eval --gold tests/seeds.tsv --min-precision 0.95 corpus\n"
    "  find news -name '*.html' | actorkg build --files-from - -q\n"
    "  actorkg extract -j1 part1/ > a.nq; actorkg extract -j1 part2/ > b.nq\n"
    "  actorkg merge -o out a.nq b.nq      the same out/ as building both\n"
    "\n"
    "See the manual page actorkg(1) and README.md.\n";

/* The commands, as bits, for the options each takes. */
enum {
  CMD_BUILD = 1,
  CMD_EVAL = 2,
  CMD_EXTRACT = 4,
  CMD_MERGE = 8,
  CMD_READING = CMD_BUILD | CMD_EVAL | CMD_EXTRACT,
  CMD_ALL = 15
};

typedef struct options {
  const char *command;
  int command_bit;
  const char *output;
  const char *base;
  const char *ontology;
  const char *gold;
  double min_precision, min_recall, min_date_accuracy, max_fp_articles;
  akg_pipeline_options pipeline;
  bool quiet;
  bool verbose;
  bool want_stats;
  bool all_articles;     /* --all-articles; eval too, which counts every article */
  akg_stats *stats;      /* --stats: figures of every stage; NULL without */
  const char *formats;   /* build, merge: --format LIST as given, or NULL */
  unsigned long written; /* build, merge: bit i set: write outputs[i] */
  akg_console *console;  /* standard error */
  const char *refused;   /* an option given that the command does not take */
  const char *files_from;
  akg_record_syntax record_syntax;
  akg_diagram_options diagram; /* --min-sources, --top, --max-facts */
  /* write_outputs: graph.svg's temporary file, which index.html copies its
   * diagram from when both are written (one layout for the two, and the
   * SVG never in memory); NULL otherwise. */
  akg_outfile *drawn_svg;
  const char *const *paths;
  size_t path_count;
} options;

static bool parse_size(const char *s, size_t *out) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s)
    return false;
  unsigned long long mult = 1;
  if (*end == 'K' || *end == 'k')
    mult = 1ULL << 10, end++;
  else if (*end == 'M' || *end == 'm')
    mult = 1ULL << 20, end++;
  else if (*end == 'G' || *end == 'g')
    mult = 1ULL << 30, end++;
  if (*end || v == 0 || v > SIZE_MAX / mult)
    return false;
  *out = (size_t)(v * mult);
  return true;
}

static bool parse_fraction(const char *s, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (end == s || *end || v < 0 || v > 1)
    return false;
  *out = v;
  return true;
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int usage_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("actorkg: ", stderr);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputs("\nTry 'actorkg --help'.\n", stderr);
  return EXIT_USAGE;
}

enum {
  OPT_BASE = 256,
  OPT_ONTOLOGY,
  OPT_GOLD,
  OPT_MIN_PRECISION,
  OPT_MIN_RECALL,
  OPT_MIN_DATE,
  OPT_MAX_FP,
  OPT_MAX_FILE_SIZE,
  OPT_STRICT,
  OPT_FILES_FROM,
  OPT_FORMAT,
  OPT_MIN_SOURCES,
  OPT_TOP,
  OPT_STATS,
  OPT_ALL_ARTICLES,
  OPT_MAX_FACTS
};

/* Which commands take an option, and its name for messages. */
static int option_commands(int c, const char **name) {
  switch (c) {
  case 'o': *name = "--output"; return CMD_BUILD | CMD_MERGE;
  case OPT_BASE: *name = "--base"; return CMD_BUILD | CMD_EXTRACT | CMD_MERGE;
  case OPT_GOLD: *name = "--gold"; return CMD_EVAL;
  case OPT_MIN_PRECISION: *name = "--min-precision"; return CMD_EVAL;
  case OPT_MIN_RECALL: *name = "--min-recall"; return CMD_EVAL;
  case OPT_MIN_DATE: *name = "--min-date-accuracy"; return CMD_EVAL;
  case OPT_MAX_FP: *name = "--max-fp-articles"; return CMD_EVAL;
  case OPT_MAX_FILE_SIZE: *name = "--max-file-size"; return CMD_READING;
  case 'j': *name = "--jobs"; return CMD_READING;
  case OPT_FILES_FROM: *name = "--files-from"; return CMD_READING;
  case OPT_FORMAT: *name = "--format"; return CMD_EXTRACT | CMD_BUILD | CMD_MERGE;
  case OPT_MIN_SOURCES: *name = "--min-sources"; return CMD_BUILD | CMD_MERGE;
  case OPT_TOP: *name = "--top"; return CMD_BUILD | CMD_MERGE;
  case OPT_MAX_FACTS: *name = "--max-facts"; return CMD_BUILD | CMD_MERGE;
  case OPT_STATS: *name = "--stats"; return CMD_BUILD | CMD_MERGE;
  case OPT_ALL_ARTICLES: *name = "--all-articles"; return CMD_BUILD | CMD_MERGE;
  default: *name = NULL; return CMD_ALL;
  }
}

static bool parse_jobs(const char *s, size_t *out) {
  char *end;
  errno = 0;
  unsigned long v = strtoul(s, &end, 10);
  if (errno || end == s || *end || *s == '-' || v == 0 || v > 1024)
    return false;
  *out = v;
  return true;
}

static void print_help(void);

static int parse_args(int argc, char **argv, options *o) {
  static const struct option long_options[] = {
      {"output", required_argument, NULL, 'o'},
      {"base", required_argument, NULL, OPT_BASE},
      {"ontology", required_argument, NULL, OPT_ONTOLOGY},
      {"gold", required_argument, NULL, OPT_GOLD},
      {"min-precision", required_argument, NULL, OPT_MIN_PRECISION},
      {"min-recall", required_argument, NULL, OPT_MIN_RECALL},
      {"min-date-accuracy", required_argument, NULL, OPT_MIN_DATE},
      {"max-fp-articles", required_argument, NULL, OPT_MAX_FP},
      {"max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE},
      {"strict", no_argument, NULL, OPT_STRICT},
      {"jobs", required_argument, NULL, 'j'},
      {"files-from", required_argument, NULL, OPT_FILES_FROM},
      {"format", required_argument, NULL, OPT_FORMAT},
      {"min-sources", required_argument, NULL, OPT_MIN_SOURCES},
      {"top", required_argument, NULL, OPT_TOP},
      {"max-facts", required_argument, NULL, OPT_MAX_FACTS},
      {"stats", no_argument, NULL, OPT_STATS},
      {"all-articles", no_argument, NULL, OPT_ALL_ARTICLES},
      {"quiet", no_argument, NULL, 'q'},
      {"verbose", no_argument, NULL, 'v'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0}};
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "o:j:qvhV", long_options, NULL)) != -1) {
    const char *name;
    if (o->command_bit && !(option_commands(c, &name) & o->command_bit) && !o->refused)
      o->refused = name;
    switch (c) {
    case 'o': o->output = optarg; break;
    case OPT_BASE: o->base = optarg; break;
    case OPT_ONTOLOGY: o->ontology = optarg; break;
    case OPT_GOLD: o->gold = optarg; break;
    case 'j':
      if (!parse_jobs(optarg, &o->pipeline.jobs))
        return usage_error("--jobs needs a number from 1 to 1024, not '%s'", optarg);
      break;
    case OPT_FILES_FROM: o->files_from = optarg; break;
    case OPT_FORMAT:
      if (o->command_bit != CMD_EXTRACT)
        o->formats = optarg; /* a list of outputs, checked in run() */
      else if (!strcmp(optarg, "nquads"))
        o->record_syntax = AKG_RECORD_NQUADS;
      else if (!strcmp(optarg, "ntriples"))
        o->record_syntax = AKG_RECORD_NTRIPLES;
      else
        return usage_error("--format is nquads or ntriples, not '%s'", optarg);
      break;
    case OPT_MAX_FACTS: {
      char *end;
      errno = 0;
      unsigned long long v = strtoull(optarg, &end, 10);
      if (errno || end == optarg || *end || *optarg == '-' || v > SIZE_MAX)
        return usage_error("--max-facts needs a number (0: no limit), not '%s'", optarg);
      o->diagram.max_facts = (size_t)v;
      break;
    }
    case OPT_MIN_SOURCES:
    case OPT_TOP: {
      size_t *n = c == OPT_TOP ? &o->diagram.top : &o->diagram.min_sources;
      char *end;
      errno = 0;
      unsigned long long v = strtoull(optarg, &end, 10);
      if (errno || end == optarg || *end || *optarg == '-' || v == 0 || v > SIZE_MAX)
        return usage_error("%s needs a positive number, not '%s'",
                           c == OPT_TOP ? "--top" : "--min-sources", optarg);
      *n = (size_t)v;
      break;
    }
    case OPT_STRICT: o->pipeline.strict = true; break;
    case 'q': o->quiet = true; break;
    case 'v': o->verbose = true; break;
    case OPT_STATS: o->want_stats = true; break;
    case OPT_ALL_ARTICLES: o->all_articles = true; break;
    case 'h': print_help(); return -1;
    case 'V': printf("actorkg %s\n", AKG_VERSION); return -1;
    case OPT_MAX_FILE_SIZE:
      if (!parse_size(optarg, &o->pipeline.read.max_file_size))
        return usage_error("--max-file-size needs a positive size, not '%s'", optarg);
      break;
    case OPT_MIN_PRECISION:
    case OPT_MIN_RECALL:
    case OPT_MIN_DATE:
    case OPT_MAX_FP: {
      double *target = c == OPT_MIN_PRECISION ? &o->min_precision
                       : c == OPT_MIN_RECALL  ? &o->min_recall
                       : c == OPT_MIN_DATE    ? &o->min_date_accuracy
                                              : &o->max_fp_articles;
      if (!parse_fraction(optarg, target))
        return usage_error("targets are numbers from 0 to 1, not '%s'", optarg);
      break;
    }
    case '?':
    default: return usage_error("unknown or incomplete option '%s'", argv[optind - 1]);
    }
  }
  return 0;
}

static double seconds_since(const struct timespec *start) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)(now.tv_sec - start->tv_sec) +
         (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static akg_status make_dir(const char *dir, akg_diag *diag) {
  if (mkdir(dir, 0777) == 0 || errno == EEXIST) {
    struct stat st;
    if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
      return AKG_OK;
    akg_diag_report(diag, AKG_DIAG_ERROR, dir, 0, "exists and is not a folder");
    return AKG_ERR_IO;
  }
  akg_diag_report(diag, AKG_DIAG_ERROR, dir, 0, "cannot create the output folder: %s",
                  strerror(errno));
  return AKG_ERR_IO;
}

/* SIGINT, SIGTERM, SIGHUP: remove the temporary output files, then die of
 * the signal as if unhandled. */
static void remove_temporaries_and_die(int sig) {
  akg_outfile_remove_temporaries();
  signal(sig, SIG_DFL);
  raise(sig);
}

/* Signals the caller ignores (nohup, a background job) stay ignored. */
static void clean_up_on_signals(void) {
  static const int signals[] = {SIGINT, SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    struct sigaction sa = {.sa_handler = remove_temporaries_and_die}, old;
    sigemptyset(&sa.sa_mask);
    if (sigaction(signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
      sigaction(signals[i], &sa, NULL);
  }
}

static akg_status write_turtle(const akg_graph *graph, const options *o,
                               const akg_sink *sink, akg_diag *diag) {
  return akg_rdf_export(graph, AKG_RDF_TURTLE, o->base, sink, diag);
}

static akg_status write_ntriples(const akg_graph *graph, const options *o,
                                 const akg_sink *sink, akg_diag *diag) {
  return akg_rdf_export(graph, AKG_RDF_NTRIPLES, o->base, sink, diag);
}

static akg_status write_nquads(const akg_graph *graph, const options *o,
                               const akg_sink *sink, akg_diag *diag) {
  return akg_rdf_export(graph, AKG_RDF_NQUADS, o->base, sink, diag);
}

static akg_status write_dot(const akg_graph *graph, const options *o,
                            const akg_sink *sink, akg_diag *diag) {
  return akg_diagram_export_selected(graph, &o->diagram, sink, NULL, diag);
}

static akg_status write_svg(const akg_graph *graph, const options *o,
                            const akg_sink *sink, akg_diag *diag) {
  return akg_diagram_export_selected(graph, &o->diagram, NULL, sink, diag);
}

static akg_status read_back_svg(void *ctx, const akg_sink *to, akg_diag *diag) {
  (void)diag; /* a read error goes to the file's own diag */
  return akg_outfile_read_back(ctx, to);
}

/* Runs after write_svg on the same lane (write_jobs), so the file holds the
 * whole SVG by now. */
static akg_status write_report(const akg_graph *graph, const options *o,
                               const akg_sink *sink, akg_diag *diag) {
  akg_report_svg drawn = {read_back_svg, o->drawn_svg};
  return akg_report_write_with_svg(graph, &o->diagram, o->drawn_svg ? &drawn : NULL, sink,
                                   diag);
}

static akg_status write_csv(const akg_graph *graph, const options *o,
                            const akg_sink *sink, akg_diag *diag) {
  (void)o;
  return akg_csv_export_events(graph, sink, diag);
}

static akg_status write_graphml(const akg_graph *graph, const options *o,
                                const akg_sink *sink, akg_diag *diag) {
  return akg_graphml_export(graph, o->base, sink, diag);
}

/* The ontology file of the --ontology folder, which the lexicon loader
 * itself does not read. `out` must hold PATH_MAX bytes. */
static const char *ontology_file(const options *o, char *out, size_t size) {
  snprintf(out, size, "%s/actorkg.ttl", o->ontology);
  return out;
}

static akg_status write_ontology(const akg_graph *graph, const options *o,
                                 const akg_sink *sink, akg_diag *diag) {
  (void)graph;
  char path[4096];
  return akg_file_copy(ontology_file(o, path, sizeof path), sink, diag);
}

/* The files of build and merge, in the order they are written. A new
 * output is one row here and one writer; `name` is its --format name. */
typedef akg_status (*output_writer)(const akg_graph *graph, const options *o,
                                    const akg_sink *sink, akg_diag *diag);
/* clang-format off */
static const struct output {
  const char *name;
  const char *file;
  const char *what; /* for --help */
  output_writer write;
  bool graphviz; /* uses Graphviz, which is not thread-safe (diagram.h) */
} outputs[] = {
    {"ttl", "graph.ttl", "the graph in Turtle", write_turtle, false},
    {"nt", "graph.nt", "the same triples in N-Triples", write_ntriples, false},
    {"nq", "graph.nq", "the same in N-Quads, by article graph", write_nquads, false},
    {"dot", "graph.dot", "the actor network for Graphviz", write_dot, true},
    {"svg", "graph.svg", "that network drawn", write_svg, true},
    {"csv", "events.csv", "a row per event, for spreadsheets", write_csv, false},
    {"graphml", "graph.graphml", "the network for Gephi, Cytoscape", write_graphml, false},
    {"ontology", "ontology.ttl", "a copy of the ontology", write_ontology, false},
    {"html", "index.html", "a report page: summary, diagram, events", write_report, true},
};
/* clang-format on */
enum { OUTPUT_COUNT = sizeof outputs / sizeof *outputs };
_Static_assert(OUTPUT_COUNT <= 8 * sizeof(unsigned long), "outputs fit the bit set");

static void print_help(void) {
  fputs(usage, stdout);
  for (size_t i = 0; i < OUTPUT_COUNT; i++)
    printf("  %-9s %-14s %s\n", outputs[i].name, outputs[i].file, outputs[i].what);
  fputs(usage_tail, stdout);
}

/* --format LIST of build and merge: sets o->written, or returns the usage
 * error (an unknown or empty name). Without --format every output is
 * written. */
static int select_outputs(options *o) {
  o->written = (1UL << OUTPUT_COUNT) - 1;
  if (!o->formats)
    return 0;
  o->written = 0;
  const char *p = o->formats;
  for (;;) {
    size_t len = strcspn(p, ",");
    size_t i = 0;
    while (i < OUTPUT_COUNT &&
           (strlen(outputs[i].name) != len || strncmp(outputs[i].name, p, len)))
      i++;
    if (i == OUTPUT_COUNT) {
      akg_buf names = AKG_BUF_INIT;
      for (size_t k = 0; k < OUTPUT_COUNT; k++)
        akg_buf_printf(&names, "%s%s", k ? ", " : "", outputs[k].name);
      int code = usage_error(len ? "--format: unknown output '%.*s' (the outputs: %s)"
                                 : "--format: empty name in '%.*s%s' (the outputs: %s)",
                             len ? (int)len : (int)strlen(o->formats),
                             len ? p : o->formats, len ? names.data : "", names.data);
      akg_buf_free(&names);
      return code;
    }
    o->written |= 1UL << i;
    if (!p[len])
      return 0;
    p += len + 1;
  }
}

static void verbose(const options *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void verbose(const options *o, const char *fmt, ...) {
  if (!o->verbose)
    return;
  char line[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  akg_console_printf(o->console, "actorkg: %s", line);
}

/* A sink that counts what passes through, for --verbose. */
typedef struct counting_sink {
  akg_sink inner;
  unsigned long long bytes;
} counting_sink;

static akg_status count_and_write(void *ctx, const char *bytes, size_t len) {
  counting_sink *c = ctx;
  c->bytes += len;
  return akg_sink_write(&c->inner, bytes, len);
}

/* Without --format, a lexicon folder that has no actorkg.ttl (a custom
 * one) is no error: ontology.ttl is not written, with a warning. */
static bool source_missing(const options *o, size_t i, akg_diag *diag) {
  char path[4096];
  struct stat st;
  if (outputs[i].write != write_ontology || o->formats ||
      stat(ontology_file(o, path, sizeof path), &st) == 0 || errno != ENOENT)
    return false;
  akg_diag_report(diag, AKG_DIAG_WARNING, path, 0, "no such file, so %s is not written",
                  outputs[i].file);
  return true;
}

/* One output file being written, and what its writer gave. */
typedef struct output_job {
  const akg_graph *graph;
  const options *o;
  size_t output; /* index in outputs[] */
  akg_outfile *file;
  akg_diag_buffer messages; /* replayed in output order after the writing */
  akg_diag diag;            /* into `messages`: the writer's and the file's */
  bool written;             /* false: not reached, the other lane having failed */
  akg_status status;
  double seconds;
  unsigned long long bytes;
} output_job;

static void write_one(output_job *job) {
  struct timespec start;
  clock_gettime(CLOCK_MONOTONIC, &start);
  counting_sink counter = {.inner = akg_outfile_sink(job->file)};
  akg_sink sink = {count_and_write, &counter};
  /* The file's write errors too: two lanes failing at once (a full disk)
   * must not both print, nor report to one diag from two threads. */
  job->diag = akg_diag_buffer_sink(&job->messages);
  akg_outfile_set_diag(job->file, &job->diag);
  job->status = outputs[job->output].write(job->graph, job->o, &sink, &job->diag);
  job->written = true;
  job->seconds = seconds_since(&start);
  job->bytes = counter.bytes;
}

/* The outputs any lane may write, taken in output order by whichever lane
 * is free first. */
typedef struct output_queue {
  output_job *jobs[OUTPUT_COUNT];
  size_t count;
  atomic_size_t next;
} output_queue;

/* A lane writes its own jobs one after the other, then takes from the
 * shared queue until it is empty; it stops at a failure of either lane:
 * the run fails, and what remains would be thrown away. */
typedef struct output_lane {
  output_job *jobs[OUTPUT_COUNT];
  size_t count;
  output_queue *shared;
  atomic_bool *failed; /* shared by the lanes */
} output_lane;

static bool write_lane_job(output_lane *lane, output_job *job) {
  write_one(job);
  if (job->status != AKG_OK)
    atomic_store(lane->failed, true);
  return !atomic_load(lane->failed);
}

static void *write_lane(void *arg) {
  output_lane *lane = arg;
  if (atomic_load(lane->failed))
    return NULL;
  for (size_t k = 0; k < lane->count; k++)
    if (!write_lane_job(lane, lane->jobs[k]))
      return NULL;
  for (size_t k; (k = atomic_fetch_add(&lane->shared->next, 1)) < lane->shared->count;)
    if (!write_lane_job(lane, lane->shared->jobs[k]))
      return NULL;
  return NULL;
}

/* Writes the jobs: with more than one job (-j), on two lanes. Graphviz is
 * not thread-safe, so the outputs that use it are this thread's own, in
 * order; the others are shared, taken by the second lane from the start
 * and by this one once its diagrams are drawn, so the two lanes end close
 * together whether the diagram or the RDF is the larger part (a small
 * graph, or a big one whose diagram --max-facts bounds). The files are the
 * same bytes either way; messages and figures are delivered afterwards, in
 * output order. */
static void write_jobs(output_job *jobs, size_t count, size_t threads) {
  atomic_bool failed = false;
  output_queue shared = {.count = 0};
  atomic_init(&shared.next, 0);
  output_lane lanes[2] = {{.shared = &shared, .failed = &failed},
                          {.shared = &shared, .failed = &failed}};
  for (size_t k = 0; k < count; k++) {
    if (threads <= 1 || outputs[jobs[k].output].graphviz)
      lanes[0].jobs[lanes[0].count++] = &jobs[k];
    else
      shared.jobs[shared.count++] = &jobs[k];
  }
  pthread_t beside;
  bool started =
      shared.count && pthread_create(&beside, NULL, write_lane, &lanes[1]) == 0;
  write_lane(&lanes[0]); /* takes the shared ones too if no thread could start */
  if (started)
    pthread_join(beside, NULL);
}

/* Writes every selected file to a temporary file first and renames them
 * only when every one is complete, so a failure leaves all the old ones;
 * the files not selected are not touched. */
static akg_status write_outputs(const akg_graph *graph, const options *given,
                                akg_diag *diag) {
  options run = *given, *o = &run;
  akg_outfile *files[OUTPUT_COUNT] = {NULL};
  output_job jobs[OUTPUT_COUNT];
  size_t count = 0;
  bool svg = false, html = false;
  for (size_t i = 0; i < OUTPUT_COUNT; i++)
    if ((o->written >> i & 1) && !source_missing(o, i, diag)) {
      jobs[count++] = (output_job){.graph = graph, .o = o, .output = i};
      svg = svg || outputs[i].write == write_svg;
      html = html || outputs[i].write == write_report;
    }
  clean_up_on_signals();
  akg_status status = make_dir(o->output, diag);
  for (size_t k = 0; k < count && status == AKG_OK; k++) {
    status = akg_outfile_open(o->output, outputs[jobs[k].output].file, &files[k], diag);
    jobs[k].file = files[k];
    /* graph.svg and index.html are on one lane, in outputs[] order, so the
     * page reuses the SVG drawn for the file. */
    if (status == AKG_OK && svg && html && outputs[jobs[k].output].write == write_svg)
      run.drawn_svg = files[k];
  }
  if (status == AKG_OK) {
    write_jobs(jobs, count, akg_threads_requested(o->pipeline.jobs));
    /* Up to the first failure in output order, as on one thread: the
     * other lane may have failed too, of the same cause (a full disk). */
    for (size_t k = 0; k < count && status == AKG_OK; k++) {
      const struct output *out = &outputs[jobs[k].output];
      if (!jobs[k].written)
        continue;
      akg_diag_buffer_replay(&jobs[k].messages, diag);
      status = jobs[k].status;
      verbose(o, "%s/%s: %llu bytes in %.3f s", o->output, out->file, jobs[k].bytes,
              jobs[k].seconds);
      if (o->stats)
        akg_stats_output(o->stats, out->name, out->file, jobs[k].seconds, jobs[k].bytes,
                         graph, o->base);
    }
  }
  for (size_t k = 0; k < count; k++)
    akg_diag_buffer_free(&jobs[k].messages);
  if (status == AKG_OK)
    return akg_outfile_commit_all(files, count, diag);
  for (size_t k = 0; k < count; k++)
    akg_outfile_abort(files[k]);
  return status;
}

/* An installed actorkg (PREFIX/bin/actorkg) finds its ontology in
 * PREFIX/share/actorkg/ontology, wherever it was installed; a binary in
 * the build tree finds none there and uses the source tree's. */
static const char *default_ontology(void) {
  const char *env = getenv("ACTORKG_ONTOLOGY");
  if (env && *env)
    return env;
  static char installed[4096];
  ssize_t len = readlink("/proc/self/exe", installed, sizeof installed - 1);
  if (len > 0) {
    installed[len] = '\0';
    char *slash = strrchr(installed, '/');
    if (slash) {
      *slash = '\0'; /* PREFIX/bin */
      slash = strrchr(installed, '/');
    }
    static const char rest[] = "/share/actorkg/ontology";
    if (slash && (size_t)(slash - installed) + sizeof rest <= sizeof installed) {
      memcpy(slash, rest, sizeof rest);
      char actors[4200];
      snprintf(actors, sizeof actors, "%s/actors.ttl", installed);
      if (access(actors, R_OK) == 0)
        return installed;
    }
  }
  return AKG_DEFAULT_ONTOLOGY_DIR;
}

/* Opens the list of paths of --files-from ("-": standard input); the walk
 * reads it as it goes. */
static FILE *open_path_list(const char *file, akg_diag *diag) {
  if (!strcmp(file, "-"))
    return stdin;
  FILE *in = fopen(file, "r");
  if (!in)
    akg_diag_report(diag, AKG_DIAG_ERROR, file, 0, "cannot open the list of paths: %s",
                    strerror(errno));
  return in;
}

/* extract's output: records gathered in a buffer and written in blocks. */
typedef struct record_output {
  akg_buf buf;
  const char *base;
  akg_record_syntax syntax;
} record_output;

static akg_status flush_records(record_output *out, akg_diag *diag) {
  if (out->buf.len && fwrite(out->buf.data, 1, out->buf.len, stdout) != out->buf.len) {
    akg_diag_report(diag, AKG_DIAG_ERROR, "standard output", 0, "cannot write: %s",
                    strerror(errno));
    return AKG_ERR_IO;
  }
  akg_buf_clear(&out->buf);
  return AKG_OK;
}

static akg_status write_record(void *ctx, const akg_article *article,
                               const akg_fact *facts, size_t fact_count, akg_diag *diag) {
  record_output *out = ctx;
  akg_record_write(&out->buf, article, facts, fact_count, out->base, out->syntax);
  return out->buf.len < (1 << 16) ? AKG_OK : flush_records(out, diag);
}

/* The size of an input, for the progress bar's MB/s (0 for standard
 * input or when it cannot be known). */
static unsigned long long file_size(const char *path) {
  struct stat st;
  return strcmp(path, "-") && stat(path, &st) == 0 && S_ISREG(st.st_mode)
             ? (unsigned long long)st.st_size
             : 0;
}

static void file_done(void *ctx, const akg_pipeline_file *file) {
  const options *o = ctx;
  akg_console_progress(o->console, file->done, file->total, file_size(file->path));
  if (file->skipped)
    verbose(o, "%s: skipped", file->path);
  else
    verbose(o, "%s: %zu article%s, %zu fact%s", file->path, file->articles,
            file->articles == 1 ? "" : "s", file->facts, file->facts == 1 ? "" : "s");
}

/* The pipeline's run, timed for --verbose, its progress bar cleared. */
static void pipeline_done(const options *o, const akg_pipeline_stats *stats,
                          const struct timespec *start) {
  akg_console_progress_end(o->console);
  verbose(o, "reading and extraction: %zu files in %.3f s", stats->files,
          seconds_since(start));
}

static int run_extract(options *o, const akg_lexicon *lexicon, akg_diag *diag,
                       const struct timespec *start) {
  record_output out = {.base = o->base, .syntax = o->record_syntax};
  akg_pipeline_stats stats;
  struct timespec reading;
  clock_gettime(CLOCK_MONOTONIC, &reading);
  akg_status status = akg_pipeline_each(lexicon, o->paths, o->path_count, &o->pipeline,
                                        write_record, &out, &stats, diag);
  pipeline_done(o, &stats, &reading);
  if (status == AKG_OK)
    status = flush_records(&out, diag);
  if (status == AKG_OK && fflush(stdout)) {
    akg_diag_report(diag, AKG_DIAG_ERROR, "standard output", 0, "cannot write: %s",
                    strerror(errno));
    status = AKG_ERR_IO;
  }
  akg_buf_free(&out.buf);
  if (status != AKG_OK)
    return EXIT_FAILED;
  if (!o->quiet)
    fprintf(stderr, "actorkg: %zu articles extracted, %zu skipped, %zu facts, %.2f s\n",
            stats.articles, stats.skipped, stats.facts, seconds_since(start));
  return stats.skipped ? EXIT_SKIPPED : EXIT_OK;
}

/* Reads every record file into `graph`; a file that cannot be opened is
 * skipped like a bad record. */
static akg_status merge_files(const options *o, akg_merger *merger, size_t *skipped,
                              akg_diag *diag) {
  static const char *const standard_input[] = {"-"};
  const char *const *files = o->path_count ? o->paths : standard_input;
  size_t count = o->path_count ? o->path_count : 1;
  for (size_t i = 0; i < count; i++) {
    bool is_stdin = !strcmp(files[i], "-");
    FILE *in = is_stdin ? stdin : fopen(files[i], "r");
    if (!in) {
      akg_diag_report(diag, AKG_DIAG_ERROR, files[i], 0, "cannot open: %s",
                      strerror(errno));
      (*skipped)++;
      if (o->pipeline.strict)
        return AKG_ERR_IO;
      continue;
    }
    akg_status status = akg_merger_read(
        merger, in, is_stdin ? "standard input" : files[i], o->pipeline.strict, diag);
    if (!is_stdin)
      fclose(in);
    akg_console_progress(o->console, i + 1, count, file_size(files[i]));
    verbose(o, "%s: read", files[i]);
    if (status != AKG_OK && (o->pipeline.strict || status == AKG_ERR_IO))
      return status;
  }
  return AKG_OK;
}

/* Sorts the graph into output order, a stage of its own for --verbose and
 * --stats. */
static void finish_graph(akg_graph *graph, const options *o) {
  struct timespec stage;
  clock_gettime(CLOCK_MONOTONIC, &stage);
  akg_graph_finish(graph);
  verbose(o, "graph: finished in %.3f s", seconds_since(&stage));
  if (o->stats)
    akg_stats_stage(o->stats, "finish graph (sort)", seconds_since(&stage), 0, 0, 0);
}

static void print_stats(const options *o) {
  if (!o->stats)
    return;
  akg_buf table = AKG_BUF_INIT;
  akg_stats_format(o->stats, &table);
  for (const char *line = akg_buf_str(&table), *end; *line; line = end + 1) {
    end = strchr(line, '\n'); /* every line of the table ends with one */
    akg_console_printf(o->console, "%.*s", (int)(end - line), line);
  }
  akg_buf_free(&table);
}

/* The graph describes the articles behind its events, unless
 * --all-articles asks for every one; eval counts every article read (the
 * share with a false positive). */
static akg_graph *new_graph(const options *o) {
  akg_graph *graph = akg_graph_new();
  akg_graph_skip_silent_articles(graph, !o->all_articles && o->command_bit != CMD_EVAL);
  return graph;
}

static int run_merge(options *o, const akg_lexicon *lexicon, akg_diag *diag,
                     const struct timespec *start) {
  akg_graph *graph = new_graph(o);
  akg_merger *merger = akg_merger_new(lexicon, graph);
  size_t unopened = 0;
  int code = EXIT_OK;
  struct timespec stage;
  clock_gettime(CLOCK_MONOTONIC, &stage);
  akg_status merged = merge_files(o, merger, &unopened, diag);
  akg_console_progress_end(o->console);
  verbose(o, "merging: %.3f s", seconds_since(&stage));
  if (merged != AKG_OK) {
    code = EXIT_FAILED;
  } else {
    if (o->stats)
      akg_stats_merge(o->stats, akg_merger_stats(merger), seconds_since(&stage));
    finish_graph(graph, o);
    if (write_outputs(graph, o, diag) != AKG_OK)
      code = EXIT_FAILED;
  }
  const akg_merge_stats *stats = akg_merger_stats(merger);
  size_t skipped = stats->skipped + unopened;
  if (code == EXIT_OK && skipped)
    code = EXIT_SKIPPED;
  if (!o->quiet && code != EXIT_FAILED)
    fprintf(stderr,
            "actorkg: %zu articles merged from %zu records (%zu repeated), %zu skipped, "
            "%zu events, %zu actors, %zu distinct facts, %zu articles in the graph, "
            "%.2f s\n",
            stats->articles, stats->records, stats->repeats, skipped,
            akg_graph_event_count(graph), akg_graph_actor_count(graph),
            akg_graph_fact_count(graph), akg_graph_article_count(graph),
            seconds_since(start));
  print_stats(o);
  akg_graph_free(graph);
  akg_merger_free(merger); /* after the graph: it owns the code strings */
  return code;
}

static int run_build(options *o, const akg_lexicon *lexicon, const akg_gold *gold,
                     akg_diag *diag, const struct timespec *start) {
  akg_graph *graph = new_graph(o);
  akg_pipeline_stats stats;
  struct timespec stage;
  clock_gettime(CLOCK_MONOTONIC, &stage);
  akg_status status = akg_pipeline_run(lexicon, o->paths, o->path_count, &o->pipeline,
                                       graph, &stats, diag);
  pipeline_done(o, &stats, &stage);
  if (o->stats)
    akg_stats_pipeline(o->stats, &stats, o->pipeline.jobs);
  int code = EXIT_OK;
  if (status != AKG_OK) {
    code = EXIT_FAILED;
  } else {
    finish_graph(graph, o);
    if (gold) {
      akg_buf report = AKG_BUF_INIT;
      akg_sink sink = akg_sink_to_buf(&report);
      akg_eval_result r;
      akg_eval_run(gold, graph, &r, &sink);
      fputs(akg_buf_str(&report), stdout);
      akg_buf_free(&report);
      double date_acc = r.dated ? (double)r.dated_correct / (double)r.dated : 1.0;
      double fp_share = r.articles ? (double)r.articles_with_fp / (double)r.articles : 0;
      if (akg_eval_precision(&r.overall) < o->min_precision ||
          akg_eval_recall(&r.overall) < o->min_recall ||
          date_acc < o->min_date_accuracy || fp_share > o->max_fp_articles) {
        fputs("actorkg: eval: below the targets given\n", stderr);
        code = EXIT_BELOW_TARGET;
      }
    } else if (write_outputs(graph, o, diag) != AKG_OK) {
      code = EXIT_FAILED;
    }
  }
  if (code == EXIT_OK && (stats.skipped || stats.truncated))
    code = EXIT_SKIPPED;
  if (!o->quiet && code != EXIT_FAILED)
    fprintf(stderr,
            "actorkg: %zu articles read, %zu skipped, %zu events, %zu actors, "
            "%zu distinct facts, %zu articles in the graph, %.2f s\n",
            stats.articles, stats.skipped, akg_graph_event_count(graph),
            akg_graph_actor_count(graph), akg_graph_fact_count(graph),
            akg_graph_article_count(graph), seconds_since(start));
  print_stats(o);
  akg_graph_free(graph);
  return code;
}

static int run_command(options *o, const struct timespec *start);

/* Checks the command line as a whole, then runs the command with the
 * console on standard error: a progress bar only on a terminal and
 * without --quiet, colour only on a terminal and without NO_COLOR. */
static int run(options *o) {
  struct timespec start;
  clock_gettime(CLOCK_MONOTONIC, &start);
  if (o->refused)
    return usage_error("%s does not take %s", o->command, o->refused);
  bool eval = o->command_bit == CMD_EVAL;
  if (eval && !o->gold)
    return usage_error("eval needs --gold FILE");
  if (!akg_iri_is_absolute(o->base))
    return usage_error("--base needs an absolute IRI, not '%s'", o->base);
  if (o->files_from && !strcmp(o->files_from, "-"))
    for (size_t i = 0; i < o->path_count; i++)
      if (!strcmp(o->paths[i], "-"))
        return usage_error("--files-from - and the path - cannot both read standard "
                           "input");
  if (o->quiet && o->verbose)
    return usage_error("--quiet and --verbose cannot both be given");
  int code = select_outputs(o);
  if (code)
    return code;
  bool terminal = isatty(STDERR_FILENO);
  o->console = akg_console_new(stderr, terminal && !o->quiet,
                               terminal && akg_console_wants_colour());
  o->pipeline.file_done = file_done;
  o->pipeline.file_done_ctx = o;
  o->pipeline.count_files = terminal && !o->quiet; /* the bar's total */
  if (o->want_stats)
    o->stats = akg_stats_new();
  code = run_command(o, &start);
  akg_stats_free(o->stats);
  akg_console_free(o->console);
  return code;
}

static int run_command(options *o, const struct timespec *start) {
  akg_diag diag = {.fn = akg_console_diag, .ctx = o->console};
  /* Instances are minted as BASE + "actor/ID": a base that does not end a
   * path segment gets a "/" so "http://example.org/kg" works as meant. */
  char *base = NULL;
  size_t base_len = strlen(o->base);
  if (o->base[base_len - 1] != '/' && o->base[base_len - 1] != '#') {
    base = malloc(base_len + 2);
    if (!base)
      return EXIT_FAILED;
    memcpy(base, o->base, base_len);
    memcpy(base + base_len, "/", 2);
    o->base = base;
  }
  /* --files-from adds to the paths of the command line. */
  if (o->files_from) {
    o->pipeline.path_list = open_path_list(o->files_from, &diag);
    o->pipeline.path_list_name =
        strcmp(o->files_from, "-") ? o->files_from : "standard input";
    if (!o->pipeline.path_list) {
      free(base);
      return EXIT_FAILED;
    }
  }
  akg_lexicon *lexicon = NULL;
  akg_gold *gold = NULL;
  int code = EXIT_FAILED;
  bool eval = o->command_bit == CMD_EVAL;
  if (akg_lexicon_load(o->ontology, &lexicon, &diag) == AKG_OK &&
      (!eval || akg_gold_load(o->gold, lexicon, &gold, &diag) == AKG_OK)) {
    verbose(o, "lexicon: %zu actors from %s in %.3f s", akg_lexicon_actor_count(lexicon),
            o->ontology, seconds_since(start));
    if (o->stats)
      akg_stats_stage(o->stats, "load lexicon", seconds_since(start), 0, 0, 0);
    if (o->command_bit == CMD_EXTRACT)
      code = run_extract(o, lexicon, &diag, start);
    else if (o->command_bit == CMD_MERGE)
      code = run_merge(o, lexicon, &diag, start);
    else
      code = run_build(o, lexicon, gold, &diag, start);
  }
  akg_gold_free(gold);
  akg_lexicon_free(lexicon);
  if (o->pipeline.path_list && o->pipeline.path_list != stdin)
    fclose(o->pipeline.path_list);
  free(base);
  return code;
}

static int command_bit(const char *command) {
  static const char *const names[] = {"build", "eval", "extract", "merge"};
  for (int i = 0; i < 4; i++)
    if (!strcmp(command, names[i]))
      return 1 << i;
  return 0;
}

int main(int argc, char **argv) {
  options o = {.output = "out",
               .base = AKG_DEFAULT_BASE_IRI,
               .max_fp_articles = 1.0,
               .diagram = {.max_facts = AKG_DIAGRAM_DEFAULT_MAX_FACTS}};
  o.ontology = default_ontology();
  if (argc < 2)
    return usage_error("no command given (build, eval, extract or merge)");
  if (argv[1][0] == '-') {
    int r = parse_args(argc, argv, &o);
    return r < 0 ? EXIT_OK
           : r   ? r
                 : usage_error("no command given (build, eval, extract or merge)");
  }
  o.command = argv[1];
  o.command_bit = command_bit(o.command);
  if (!o.command_bit)
    return usage_error("unknown command '%s' (build, eval, extract or merge)", o.command);
  int r = parse_args(argc - 1, argv + 1, &o);
  if (r)
    return r < 0 ? EXIT_OK : r;
  /* build, eval and extract read the corpus folder by default, unless
   * --files-from names the inputs; merge reads standard input. */
  static const char *const default_paths[] = {"corpus"};
  if (optind < argc - 1) {
    o.paths = (const char *const *)(argv + 1 + optind);
    o.path_count = (size_t)(argc - 1 - optind);
  } else if (o.command_bit != CMD_MERGE && !o.files_from) {
    o.paths = default_paths;
    o.path_count = 1;
  }
  return run(&o);
}

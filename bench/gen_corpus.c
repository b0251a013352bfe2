/* gen_corpus.c: actorkg-gen, reproducible benchmark corpora.
 *
 *   actorkg-gen --ontology DIR --templates FILE --bytes N[K|M|G] [--seed S] OUT
 *   actorkg-gen --ontology DIR --templates FILE --synthetic-actors N
 *               --relations M [--seed S] OUT
 *
 * Writes plain-text articles (a Title/Date/Source/Author header, then
 * paragraphs) under OUT/corpus/NNNN/, 1,000 files a folder, until N bytes are
 * written, and OUT/MANIFEST with what was made. The actors are those of
 * DIR/actors.ttl, read with actorkg's own lexicon loader (names, capitals
 * and official names as its alternative labels), so no name is written
 * here; the sentences are the shapes of FILE (bench/templates.txt). Actors
 * are drawn with Zipf-like weights, so a few are in most articles and the
 * graph keeps growing with the corpus, as in a news archive. About one
 * relation sentence per 10 KB (100,000 events per GB); the rest are
 * mentions and filler.
 *
 * With --synthetic-actors, OUT/ontology/ gets a lexicon of N made-up
 * actors (one in 21 an organization) plus DIR's relations.ttl and
 * actorkg.ttl, and OUT/corpus/ holds M relation sentences between them,
 * drawn uniformly so that every actor takes part: the input of the
 * large-diagram benchmark.
 *
 * Same options, same bytes: the only randomness is a seeded splitmix64.
 * A benchmark tool, not part of actorkg: it may exit() on errors. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "actorkg/lexicon.h"

/* ------------------------------------------------------------ randomness */

static uint64_t rng_state;

static uint64_t next_random(void) {
  uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/* Uniform in [0, n). */
static size_t pick(size_t n) {
  return n ? (size_t)(next_random() % n) : 0;
}

static double uniform(void) {
  return (double)(next_random() >> 11) / 9007199254740992.0;
}

static void die(const char *what, const char *detail) {
  fprintf(stderr, "actorkg-gen: %s%s%s\n", what, detail ? ": " : "",
          detail ? detail : "");
  exit(1);
}

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    die("out of memory", NULL);
  return p;
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

/* ---------------------------------------------------------------- actors */

typedef struct actor {
  const char *label;
  const char *const *names; /* other names (capital, official name, ...) */
  size_t name_count;
  int is_org;
} actor;

/* Actors drawn with weight 1/(rank+1)^exponent, ranks shuffled by the
 * seed (exponent 0: uniform). */
typedef struct actor_pool {
  actor *items;
  size_t count;
  double *cumulative;
} actor_pool;

static void pool_weigh(actor_pool *p, double exponent) {
  size_t *rank = xmalloc(p->count * sizeof *rank);
  for (size_t i = 0; i < p->count; i++)
    rank[i] = i;
  for (size_t i = p->count; i > 1; i--) {
    size_t j = pick(i), t = rank[i - 1];
    rank[i - 1] = rank[j];
    rank[j] = t;
  }
  p->cumulative = xmalloc(p->count * sizeof *p->cumulative);
  double sum = 0;
  for (size_t i = 0; i < p->count; i++) {
    sum += 1.0 / pow((double)rank[i] + 1.0, exponent);
    p->cumulative[i] = sum;
  }
  free(rank);
}

static const actor *pool_draw(const actor_pool *p) {
  double x = uniform() * p->cumulative[p->count - 1];
  size_t lo = 0, hi = p->count - 1;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (p->cumulative[mid] < x)
      lo = mid + 1;
    else
      hi = mid;
  }
  return &p->items[lo];
}

/* A name the news would use: mostly the short name, else another one. */
static const char *actor_name(const actor *a) {
  if (a->name_count && pick(10) < 3)
    return a->names[pick(a->name_count)];
  return a->label;
}

/* ------------------------------------------------------------- templates */

enum {
  T_TITLE,
  T_ACCUSE,
  T_COOPERATE,
  T_JOIN,
  T_MENTION,
  T_FILLER,
  T_SOURCE,
  T_AUTHOR,
  T_KINDS
};
static const char *const kind_names[T_KINDS] = {
    "title", "accuse", "cooperate", "join", "mention", "filler", "source", "author"};

typedef struct templates {
  char **items[T_KINDS];
  size_t count[T_KINDS];
} templates;

static void templates_load(templates *t, const char *path) {
  FILE *in = fopen(path, "r");
  if (!in)
    die(path, strerror(errno));
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  memset(t, 0, sizeof *t);
  while ((len = getline(&line, &cap, in)) >= 0) {
    if (len && line[len - 1] == '\n')
      line[--len] = '\0';
    char *tab = strchr(line, '\t');
    if (line[0] == '#' || !tab)
      continue;
    *tab = '\0';
    for (int k = 0; k < T_KINDS; k++) {
      if (strcmp(line, kind_names[k]))
        continue;
      t->items[k] = realloc(t->items[k], (t->count[k] + 1) * sizeof *t->items[k]);
      if (!t->items[k])
        die("out of memory", NULL);
      t->items[k][t->count[k]++] = xstrdup(tab + 1);
    }
  }
  free(line);
  fclose(in);
  for (int k = 0; k < T_KINDS; k++)
    if (!t->count[k])
      die(path, "a kind of template is missing (title, accuse, cooperate, join, mention, "
                "filler, source, author)");
}

static const char *template_pick(const templates *t, int kind) {
  return t->items[kind][pick(t->count[kind])];
}

/* ---------------------------------------------------------------- output */

typedef struct text {
  char *data;
  size_t len, cap;
} text;

static void put(text *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->data = realloc(b->data, b->cap);
    if (!b->data)
      die("out of memory", NULL);
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

static void puts_text(text *b, const char *s) {
  put(b, s, strlen(s));
}

static const char *const months[] = {"January",   "February", "March",    "April",
                                     "May",       "June",     "July",     "August",
                                     "September", "October",  "November", "December"};
static const char *const weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                       "Friday"};

typedef struct world {
  actor_pool actors; /* everyone */
  actor_pool states; /* countries */
  actor_pool orgs;   /* organizations */
  templates t;
  int year;
} world;

/* Expands one template into `out`; the two actors of a relation differ. */
static void expand(world *w, text *out, const char *tpl) {
  const actor *a = pool_draw(&w->actors), *b;
  do
    b = pool_draw(&w->actors);
  while (b == a);
  for (const char *p = tpl; *p;) {
    if (*p != '{') {
      const char *next = strchr(p, '{');
      size_t n = next ? (size_t)(next - p) : strlen(p);
      put(out, p, n);
      p += n;
      continue;
    }
    const char *end = strchr(p, '}');
    if (!end)
      die("template without a closing brace", tpl);
    size_t n = (size_t)(end - p + 1);
    char buf[32];
    if (!strncmp(p, "{A}", n))
      puts_text(out, actor_name(a));
    else if (!strncmp(p, "{B}", n))
      puts_text(out, actor_name(b));
    else if (!strncmp(p, "{C}", n))
      puts_text(out, actor_name(pool_draw(&w->states)));
    else if (!strncmp(p, "{ORG}", n))
      puts_text(out, pool_draw(&w->orgs)->label);
    else if (!strncmp(p, "{YEAR}", n)) {
      snprintf(buf, sizeof buf, "%d", w->year - (int)pick(3));
      puts_text(out, buf);
    } else if (!strncmp(p, "{DATE}", n)) {
      size_t r = pick(3);
      if (r == 0) {
        snprintf(buf, sizeof buf, " on %s %d", months[pick(12)], 1 + (int)pick(28));
        puts_text(out, buf);
      } else if (r == 1) {
        puts_text(out, " on ");
        puts_text(out, weekdays[pick(5)]);
      }
    } else {
      die("unknown placeholder in template", tpl);
    }
    p = end + 1;
  }
}

typedef struct counts {
  unsigned long long bytes, files, sentences, relations;
} counts;

/* One article: header, then 3-9 paragraphs of 2-7 sentences; each
 * sentence is a relation with probability `density`, else a mention (one
 * in five) or filler. */
static void make_article(world *w, text *out, double density, size_t min_relations,
                         counts *c) {
  out->len = 0;
  w->year = 2015 + (int)pick(10);
  char date[32];
  snprintf(date, sizeof date, "%d-%02d-%02d", w->year, 1 + (int)pick(12),
           1 + (int)pick(28));
  puts_text(out, "Title: ");
  expand(w, out, template_pick(&w->t, T_TITLE));
  puts_text(out, "\nDate: ");
  puts_text(out, date);
  puts_text(out, "\nSource: ");
  puts_text(out, template_pick(&w->t, T_SOURCE));
  puts_text(out, "\nAuthor: ");
  puts_text(out, template_pick(&w->t, T_AUTHOR));
  puts_text(out, "\n");
  size_t paragraphs = 4 + pick(11), relations = 0;
  for (size_t p = 0; p < paragraphs || relations < min_relations; p++) {
    puts_text(out, "\n");
    size_t sentences = 3 + pick(6);
    for (size_t s = 0; s < sentences; s++) {
      int kind;
      if (uniform() < density || relations < min_relations) {
        kind = T_ACCUSE + (int)pick(3);
        relations++;
      } else {
        kind = pick(5) == 0 ? T_MENTION : T_FILLER;
      }
      if (s)
        puts_text(out, " ");
      expand(w, out, template_pick(&w->t, kind));
      c->sentences++;
    }
    puts_text(out, "\n");
  }
  c->relations += relations;
  c->sentences++; /* the title */
}

static void make_dir(const char *path) {
  if (mkdir(path, 0777) && errno != EEXIST)
    die(path, strerror(errno));
}

static void write_file(const char *path, const text *t) {
  FILE *f = fopen(path, "w");
  if (!f || fwrite(t->data, 1, t->len, f) != t->len || fclose(f))
    die(path, strerror(errno));
}

/* Articles until `bytes` are written (or, with `articles`, that many). */
static void make_corpus(world *w, const char *out_dir, unsigned long long bytes,
                        size_t articles, double density, size_t min_relations,
                        counts *c) {
  text article = {0};
  char path[4096];
  make_dir(out_dir);
  for (size_t i = 0; articles ? i < articles : c->bytes < bytes; i++) {
    if (i % 1000 == 0) {
      snprintf(path, sizeof path, "%s/%04zu", out_dir, i / 1000);
      make_dir(path);
    }
    make_article(w, &article, density, min_relations, c);
    snprintf(path, sizeof path, "%s/%04zu/%06zu_%016llx.txt", out_dir, i / 1000, i,
             (unsigned long long)next_random());
    write_file(path, &article);
    c->bytes += article.len;
    c->files++;
  }
  free(article.data);
}

/* ---------------------------------------------------------- actor tables */

static void pools_from_lexicon(world *w, const akg_lexicon *lexicon) {
  size_t n = akg_lexicon_actor_count(lexicon), states = 0, orgs = 0;
  w->actors.items = xmalloc(n * sizeof(actor));
  w->states.items = xmalloc(n * sizeof(actor));
  w->orgs.items = xmalloc(n * sizeof(actor));
  for (size_t i = 0; i < n; i++) {
    const akg_actor *la = akg_lexicon_actor_at(lexicon, i);
    actor a = {la->label, la->alt_labels, la->alt_label_count,
               la->kind == AKG_ACTOR_ORGANIZATION};
    w->actors.items[w->actors.count++] = a;
    if (a.is_org)
      w->orgs.items[orgs++] = a;
    else
      w->states.items[states++] = a;
  }
  w->states.count = states;
  w->orgs.count = orgs;
  if (states < 2 || !orgs)
    die("the lexicon needs two countries and an organization", NULL);
  pool_weigh(&w->actors, 0.9);
  pool_weigh(&w->states, 0.9);
  pool_weigh(&w->orgs, 0.9);
}

/* Made-up names ("Kalorvia") from syllables: the i-th name is i in base
 * 18, so every name is distinct. */
static char *synthetic_name(size_t i, int org) {
  static const char *const syllables[] = {"ka", "lo", "ra", "vi", "te", "mo",
                                          "su", "ne", "di", "pa", "ri", "go",
                                          "fe", "lu", "ba", "zo", "ta", "mi"};
  char name[64] = "";
  size_t n = i;
  for (int k = 0; k < 3; k++) {
    strcat(name, syllables[n % 18]);
    n /= 18;
  }
  strcat(name, n ? (n % 2 ? "land" : "stan") : "via");
  name[0] = (char)(name[0] - 'a' + 'A');
  if (org) {
    char full[80];
    snprintf(full, sizeof full, "%s Pact", name);
    return xstrdup(full);
  }
  return xstrdup(name);
}

static void copy_file(const char *from, const char *to) {
  FILE *in = fopen(from, "rb");
  if (!in)
    die(from, strerror(errno));
  FILE *out = fopen(to, "wb");
  if (!out)
    die(to, strerror(errno));
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, in)) > 0)
    if (fwrite(buf, 1, n, out) != n)
      die(to, strerror(errno));
  fclose(in);
  if (fclose(out))
    die(to, strerror(errno));
}

/* OUT/ontology/ with `total` made-up actors, one in 21 an organization. */
static void synthetic_lexicon(world *w, const char *ontology, const char *out_dir,
                              size_t total) {
  char path[4096];
  snprintf(path, sizeof path, "%s/ontology", out_dir);
  make_dir(out_dir);
  make_dir(path);
  const char *copies[] = {"relations.ttl", "actorkg.ttl"};
  for (size_t i = 0; i < 2; i++) {
    char from[4096], to[4096];
    snprintf(from, sizeof from, "%s/%s", ontology, copies[i]);
    snprintf(to, sizeof to, "%s/ontology/%s", out_dir, copies[i]);
    copy_file(from, to);
  }
  snprintf(path, sizeof path, "%s/ontology/actors.ttl", out_dir);
  FILE *f = fopen(path, "w");
  if (!f)
    die(path, strerror(errno));
  fputs("# Made-up actors for the diagram benchmark (actorkg-gen).\n"
        "@prefix akg: <https://w3id.org/actorkg/ns#> .\n"
        "@prefix actor: <https://w3id.org/actorkg/id/actor/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n",
        f);
  size_t orgs = total / 21 ? total / 21 : 1;
  if (total < orgs + 2)
    die("--synthetic-actors needs at least 3 actors", NULL);
  size_t count = total - orgs; /* countries */
  w->actors.items = xmalloc(total * sizeof(actor));
  w->states.items = xmalloc(count * sizeof(actor));
  w->orgs.items = xmalloc(orgs * sizeof(actor));
  for (size_t i = 0; i < total; i++) {
    int org = i >= count;
    char *name = synthetic_name(org ? i - count : i, org);
    fprintf(f,
            "actor:%c%05zu a akg:%s ;\n    rdfs:label \"%s\"@en ;\n"
            "    skos:prefLabel \"%s\"@en .\n\n",
            org ? 'O' : 'S', i, org ? "Organization" : "Country", name, name);
    actor a = {name, NULL, 0, org};
    w->actors.items[w->actors.count++] = a;
    if (org)
      w->orgs.items[w->orgs.count++] = a;
    else
      w->states.items[w->states.count++] = a;
  }
  if (fclose(f))
    die(path, strerror(errno));
  /* Uniform, so that every actor is drawn: the diagram has them all. */
  pool_weigh(&w->actors, 0.0);
  pool_weigh(&w->states, 0.0);
  pool_weigh(&w->orgs, 0.0);
}

static void pool_free(actor_pool *p, int owns_names) {
  for (size_t i = 0; owns_names && i < p->count; i++)
    free((char *)p->items[i].label);
  free(p->items);
  free(p->cumulative);
}

static void world_free(world *w, int synthetic) {
  pool_free(&w->actors, synthetic); /* the states and orgs share its names */
  pool_free(&w->states, 0);
  pool_free(&w->orgs, 0);
  for (int k = 0; k < T_KINDS; k++) {
    for (size_t i = 0; i < w->t.count[k]; i++)
      free(w->t.items[k][i]);
    free(w->t.items[k]);
  }
}

/* ------------------------------------------------------------------ main */

static unsigned long long parse_size(const char *s) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s)
    die("not a size", s);
  if (*end == 'K')
    v <<= 10, end++;
  else if (*end == 'M')
    v <<= 20, end++;
  else if (*end == 'G')
    v <<= 30, end++;
  if (*end)
    die("not a size", s);
  return v;
}

static const char usage[] =
    "usage: actorkg-gen --ontology DIR --templates FILE --bytes N[K|M|G] [--seed S] OUT\n"
    "       actorkg-gen --ontology DIR --templates FILE --synthetic-actors N\n"
    "                   --relations M [--seed S] OUT\n";

int main(int argc, char **argv) {
  const char *ontology = NULL, *template_file = NULL, *out_dir = NULL;
  unsigned long long bytes = 0, seed = 1;
  size_t synthetic = 0, relations = 0;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i], *value = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(arg, "--ontology") && value)
      ontology = value, i++;
    else if (!strcmp(arg, "--templates") && value)
      template_file = value, i++;
    else if (!strcmp(arg, "--bytes") && value)
      bytes = parse_size(value), i++;
    else if (!strcmp(arg, "--seed") && value)
      seed = parse_size(value), i++;
    else if (!strcmp(arg, "--synthetic-actors") && value)
      synthetic = (size_t)parse_size(value), i++;
    else if (!strcmp(arg, "--relations") && value)
      relations = (size_t)parse_size(value), i++;
    else if (arg[0] != '-' && !out_dir)
      out_dir = arg;
    else {
      fputs(usage, stderr);
      return 2;
    }
  }
  if (!ontology || !template_file || !out_dir || (!bytes && !(synthetic && relations))) {
    fputs(usage, stderr);
    return 2;
  }
  rng_state = seed;
  world w = {0};
  templates_load(&w.t, template_file);
  counts c = {0};
  akg_lexicon *lexicon = NULL;
  if (synthetic) {
    synthetic_lexicon(&w, ontology, out_dir, synthetic);
    char corpus[4096];
    snprintf(corpus, sizeof corpus, "%s/corpus", out_dir);
    /* Five relation sentences an article, nothing else drawn at random. */
    make_corpus(&w, corpus, 0, (relations + 4) / 5, 0.0, 5, &c);
  } else {
    akg_diag diag = {.fn = akg_diag_to_stderr};
    if (akg_lexicon_load(ontology, &lexicon, &diag) != AKG_OK)
      die("cannot load the lexicon of", ontology);
    pools_from_lexicon(&w, lexicon);
    /* About 51 sentences of ~71 bytes an article: a density of 0.0072
     * gives one relation sentence per ~10 KB. */
    char corpus[4096];
    make_dir(out_dir);
    snprintf(corpus, sizeof corpus, "%s/corpus", out_dir);
    make_corpus(&w, corpus, bytes, 0, 0.0072, 0, &c);
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/MANIFEST", out_dir);
  FILE *m = fopen(path, "w");
  if (!m)
    die(path, strerror(errno));
  fprintf(m,
          "generator actorkg-gen 1\nseed %llu\nbytes-asked %llu\nsynthetic-actors %zu\n"
          "files %llu\nbytes %llu\nsentences %llu\nrelation-sentences %llu\n",
          seed, bytes, synthetic, c.files, c.bytes, c.sentences, c.relations);
  if (fclose(m))
    die(path, strerror(errno));
  world_free(&w, synthetic != 0);
  akg_lexicon_free(lexicon);
  return 0;
}

/* html.c: HTML pages as articles (see html.h), with libxml2's HTML parser.
 *
 * What is taken from where, best source first:
 *   title      og:title, <title> (less a " | Site" ending naming the
 *              publisher), the first <h1> of the main content
 *   date       article:published_time, JSON-LD "datePublished",
 *              itemprop=datePublished, <meta name=date|pubdate|dc.date...>,
 *              <time pubdate>, the first <time datetime> of the main content
 *   publisher  og:site_name, <meta name=publisher|dc.publisher>,
 *              <meta name=application-name>
 *   author     <meta name=author|dc.creator>, article:author (not a URL),
 *              itemprop=author, <a rel=author>
 *   url        og:url, <link rel=canonical> (absolute IRIs only)
 *   text       the main content: the <article> with the most text if it
 *              holds a third of the page's text or more, else <main> (or
 *              role=main), else <body>
 * Left out of the text: script, style, nav, header, footer, aside, forms,
 * figures and their captions, embedded objects, hidden elements, landmark
 * roles of the same kinds, and lists whose items are mostly links
 * (related-article lists). A <form> that wraps the whole page, as ASP.NET
 * pages do, is kept. Block elements become paragraphs separated by a blank
 * line, which is what the sentence splitter reads as a block boundary. */
#include "actorkg/html.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/date_stamp.h"
#include "actorkg/iri.h"
#include "html_text.h"
#include "xml_doc.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool name_in(const xmlNode *node, const char *const *names, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (akg_xml_is(node, names[i]))
      return true;
  return false;
}

static bool word_in(const char *value, const char *const *words, size_t n) {
  for (size_t i = 0; value && i < n; i++)
    if (!strcasecmp(value, words[i]))
      return true;
  return false;
}

/* True when the space-separated list `value` holds `word` (rel="author
 * nofollow"). */
static bool has_token(const char *value, const char *word) {
  size_t n = strlen(word);
  for (const char *p = value; p && *p;) {
    while (*p == ' ' || *p == '\t' || *p == '\n')
      p++;
    const char *start = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '\n')
      p++;
    if ((size_t)(p - start) == n && !strncasecmp(start, word, n))
      return true;
  }
  return false;
}

/* ---- what is text ---- */

static const char *const furniture[] = {
    "script",   "style", "noscript", "template",   "nav",    "header", "footer",
    "aside",    "form",  "figure",   "figcaption", "iframe", "object", "embed",
    "svg",      "math",  "canvas",   "video",      "audio",  "button", "select",
    "textarea", "input", "label",    "dialog",     "head",   "title",  "map"};

static const char *const furniture_roles[] = {"navigation",    "banner", "contentinfo",
                                              "complementary", "search", "menu",
                                              "menubar",       "dialog", "alertdialog"};

static const char *const blocks[] = {
    "address", "article", "blockquote", "body",  "caption",  "center", "dd",
    "details", "div",     "dl",         "dt",    "fieldset", "h1",     "h2",
    "h3",      "h4",      "h5",         "h6",    "hgroup",   "hr",     "html",
    "legend",  "li",      "main",       "ol",    "p",        "pre",    "section",
    "summary", "table",   "tbody",      "thead", "tfoot",    "tr",     "ul"};

/* One pass over a tree settles what depends on everything under an
 * element: is this list a link list, does this form hold the page, how
 * much text would each <article> give. Answering while rendering would
 * walk each list, form or article again for every one around it, which
 * nesting makes quadratic. The answers about lists and forms are kept in
 * the nodes' _private field, which libxml2 leaves to its users (the
 * documents are ours alone). */
static const char link_list_mark = 'L';
static const char page_form_mark = 'F';

typedef struct frame {
  size_t text, linked;      /* visible bytes under the element, and in links */
  size_t kept;              /* visible bytes rendering would keep */
  size_t items, link_items; /* for lists: <li> children, mostly-link ones */
  size_t paragraphs;        /* <p> under it */
  bool content;             /* an <article> or <main> under it */
  bool in_furniture;        /* the element or one around it is furniture */
} frame;

typedef struct survey {
  frame *frames;
  size_t depth, cap;
  xmlNode *body, *main; /* the first <body>, <main> or role=main */
  xmlNode *article;     /* the <article> with the most text kept */
  size_t article_kept, body_kept, root_kept;
} survey;

static bool is_furniture(xmlNode *node);

static size_t visible_bytes(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
      n++;
  return n;
}

static bool is_main(xmlNode *node) {
  if (akg_xml_is(node, "main"))
    return true;
  char *role = akg_xml_attr(node, "role");
  bool main = role && !strcasecmp(role, "main");
  akg_free(role);
  return main;
}

static bool survey_enter(void *ctx, xmlNode *node) {
  survey *w = ctx;
  if (node->type == XML_TEXT_NODE && node->content && w->depth) {
    size_t n = visible_bytes((const char *)node->content);
    w->frames[w->depth - 1].text += n;
    w->frames[w->depth - 1].kept += n;
  }
  if (node->type != XML_ELEMENT_NODE)
    return false;
  node->_private = NULL;
  if (w->depth == w->cap) {
    w->cap = w->cap ? w->cap * 2 : 64;
    w->frames = akg_reallocarray(w->frames, w->cap, sizeof(frame));
  }
  /* A form is judged when left; one around an article or <main> holds
   * the page, so counting forms as content here changes no choice. */
  bool in_furniture = (w->depth && w->frames[w->depth - 1].in_furniture) ||
                      (!akg_xml_is(node, "form") && is_furniture(node));
  w->frames[w->depth++] = (frame){.in_furniture = in_furniture};
  if (!in_furniture && !w->body && akg_xml_is(node, "body"))
    w->body = node;
  if (!in_furniture && !w->main && is_main(node))
    w->main = node;
  return true;
}

static void survey_leave(void *ctx, xmlNode *node) {
  survey *w = ctx;
  if (node->type != XML_ELEMENT_NODE || !w->depth)
    return;
  frame f = w->frames[--w->depth];
  if (akg_xml_is(node, "a"))
    f.linked = f.text;
  if ((akg_xml_is(node, "ul") || akg_xml_is(node, "ol")) && f.items &&
      f.link_items * 2 > f.items)
    node->_private = (void *)&link_list_mark;
  if (akg_xml_is(node, "form") && (f.content || f.paragraphs >= 3))
    node->_private = (void *)&page_form_mark;
  if (node->_private == &link_list_mark || is_furniture(node))
    f.kept = 0;
  if (akg_xml_is(node, "article") && !f.in_furniture && f.kept > w->article_kept)
    w->article = node, w->article_kept = f.kept;
  if (node == w->body)
    w->body_kept = f.kept;
  if (!w->depth) {
    w->root_kept += f.kept;
    return;
  }
  frame *parent = &w->frames[w->depth - 1];
  parent->text += f.text;
  parent->linked += f.linked;
  parent->kept += f.kept;
  parent->paragraphs += f.paragraphs + akg_xml_is(node, "p");
  parent->content |= f.content || akg_xml_is(node, "article") || is_main(node);
  if (akg_xml_is(node, "li")) {
    parent->items++;
    if (f.text && f.linked * 2 > f.text)
      parent->link_items++;
  }
}

/* Surveys the tree under `root`; w->frames is freed, the rest kept. */
static void survey_tree(xmlNode *root, survey *w) {
  memset(w, 0, sizeof *w);
  akg_xml_walk(root, survey_enter, survey_leave, w);
  akg_free(w->frames);
  w->frames = NULL;
}

/* A <ul> or <ol> most of whose items are mostly link text: the "related
 * articles" and "most read" lists of news pages. */
static bool is_link_list(const xmlNode *node) {
  return node->_private == &link_list_mark;
}

static bool is_furniture(xmlNode *node) {
  if (node->type != XML_ELEMENT_NODE)
    return false;
  if (name_in(node, furniture, COUNT(furniture)))
    return !akg_xml_is(node, "form") || node->_private != &page_form_mark;
  char *role = akg_xml_attr(node, "role");
  char *hidden = akg_xml_attr(node, "hidden");
  char *aria_hidden = akg_xml_attr(node, "aria-hidden");
  bool out = word_in(role, furniture_roles, COUNT(furniture_roles)) || hidden ||
             (aria_hidden && !strcasecmp(aria_hidden, "true"));
  akg_free(role);
  akg_free(hidden);
  akg_free(aria_hidden);
  return out;
}

/* ---- rendering ---- */

enum { BREAK_NONE, BREAK_SPACE, BREAK_LINE, BREAK_PARAGRAPH };

typedef struct render {
  akg_buf *out;
  size_t start; /* where this rendering began in out */
  int pending;  /* the strongest break owed before the next text */
  int br_run;   /* <br> since the last text */
} render;

static void owe(render *r, int level) {
  if (level > r->pending)
    r->pending = level;
}

static void put_text(render *r, const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    size_t ws = 0;
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
      ws = 1;
    else if (p[0] == 0xC2 && p[1] == 0xA0)
      ws = 2;
    if (ws) {
      owe(r, BREAK_SPACE);
      p += ws;
      continue;
    }
    const unsigned char *run = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f' &&
           !(p[0] == 0xC2 && p[1] == 0xA0))
      p++;
    if (r->out->len > r->start) {
      static const char *const separators[] = {"", " ", "\n", "\n\n"};
      akg_buf_puts(r->out, separators[r->pending]);
    }
    r->pending = BREAK_NONE;
    r->br_run = 0;
    akg_buf_append(r->out, (const char *)run, (size_t)(p - run));
  }
}

static bool render_enter(void *ctx, xmlNode *node) {
  render *r = ctx;
  if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
      node->content) {
    put_text(r, (const char *)node->content);
    return false;
  }
  if (node->type != XML_ELEMENT_NODE || is_furniture(node))
    return false;
  if (is_link_list(node))
    return false;
  if (akg_xml_is(node, "br")) {
    r->br_run++;
    owe(r, r->br_run >= 2 ? BREAK_PARAGRAPH : BREAK_LINE);
  } else if (akg_xml_is(node, "td") || akg_xml_is(node, "th")) {
    owe(r, BREAK_SPACE);
  } else if (name_in(node, blocks, COUNT(blocks))) {
    owe(r, BREAK_PARAGRAPH);
  }
  return true;
}

static void render_leave(void *ctx, xmlNode *node) {
  render *r = ctx;
  if (akg_xml_is(node, "td") || akg_xml_is(node, "th"))
    owe(r, BREAK_SPACE);
  else if (name_in(node, blocks, COUNT(blocks)))
    owe(r, BREAK_PARAGRAPH);
}

void akg_html_render(xmlNode *root, akg_buf *out) {
  survey marks;
  survey_tree(root, &marks);
  render r = {out, out->len, BREAK_NONE, 0};
  akg_xml_walk(root, render_enter, render_leave, &r);
}

char *akg_html_fragment_to_text(const char *html, size_t len) {
  akg_xml_errors errors;
  xmlDocPtr doc = akg_xml_read_html(html, len, "UTF-8", &errors);
  akg_xml_errors_free(&errors);
  akg_buf text = AKG_BUF_INIT;
  if (doc)
    akg_html_render((xmlNode *)doc, &text);
  xmlFreeDoc(doc);
  return akg_buf_steal(&text);
}

/* ---- the main content ---- */

static xmlNode *main_content(xmlDocPtr doc) {
  survey w;
  survey_tree((xmlNode *)doc, &w);
  size_t page_kept = w.body ? w.body_kept : w.root_kept;
  if (w.article && w.article_kept * 3 >= page_kept)
    return w.article;
  if (w.main)
    return w.main;
  return w.body ? w.body : xmlDocGetRootElement(doc);
}

/* ---- metadata ---- */

typedef struct candidate {
  char *value;
  int rank;
} candidate;

/* Keeps `value` (taking ownership) if it outranks what is there. */
static void offer(candidate *c, char *value, int rank) {
  if (value && *value && rank > c->rank) {
    akg_free(c->value);
    c->value = value;
    c->rank = rank;
  } else {
    akg_free(value);
  }
}

typedef struct date_candidate {
  akg_date date;
  int rank;
} date_candidate;

static void offer_date(date_candidate *c, const char *value, int rank) {
  akg_date date;
  if (value && rank > c->rank && akg_date_parse_stamp(value, &date) == AKG_OK &&
      akg_date_is_known(date)) {
    c->date = date;
    c->rank = rank;
  }
}

typedef struct meta_walk {
  candidate title, publisher, author, url;
  date_candidate date;
  xmlNode *first_h1;
} meta_walk;

static const char *const date_names[] = {"date",
                                         "pubdate",
                                         "publishdate",
                                         "publish-date",
                                         "publish_date",
                                         "publication_date",
                                         "dc.date",
                                         "dc.date.issued",
                                         "dcterms.date",
                                         "dcterms.issued",
                                         "dcterms.created",
                                         "sailthru.date",
                                         "parsely-pub-date",
                                         "article.published",
                                         "originalpublicationdate"};

/* A value that is an address rather than a name (article:author often
 * links to a profile page). */
static bool looks_like_url(const char *s) {
  return s && (!strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8) ||
               !strncmp(s, "//", 2) || !strncmp(s, "/", 1));
}

/* "By Jane Roe" -> "Jane Roe" (owned). */
static char *author_name(char *s) {
  if (s && !strncasecmp(s, "by ", 3)) {
    char *name = akg_xml_collapse(s + 3);
    akg_free(s);
    return name;
  }
  return s;
}

static void read_meta(meta_walk *w, xmlNode *node) {
  char *property = akg_xml_attr(node, "property");
  char *name = akg_xml_attr(node, "name");
  char *itemprop = akg_xml_attr(node, "itemprop");
  char *raw = akg_xml_attr(node, "content");
  char *content = akg_xml_collapse(raw);
  akg_free(raw);
  const char *key = property ? property : name;
  if (content && key) {
    if (!strcasecmp(key, "og:title"))
      offer(&w->title, akg_strdup(content), 3);
    else if (!strcasecmp(key, "og:site_name"))
      offer(&w->publisher, akg_strdup(content), 3);
    else if (!strcasecmp(key, "publisher") || !strcasecmp(key, "dc.publisher") ||
             !strcasecmp(key, "dcterms.publisher"))
      offer(&w->publisher, looks_like_url(content) ? NULL : akg_strdup(content), 2);
    else if (!strcasecmp(key, "application-name"))
      offer(&w->publisher, akg_strdup(content), 1);
    else if (!strcasecmp(key, "author") || !strcasecmp(key, "dc.creator") ||
             !strcasecmp(key, "dcterms.creator"))
      offer(&w->author, author_name(akg_strdup(content)), 4);
    else if (!strcasecmp(key, "article:author") && !looks_like_url(content))
      offer(&w->author, author_name(akg_strdup(content)), 3);
    else if (!strcasecmp(key, "og:url") && akg_iri_is_absolute(content))
      offer(&w->url, akg_strdup(content), 2);
    else if (!strcasecmp(key, "article:published_time"))
      offer_date(&w->date, content, 6);
    else if (word_in(key, date_names, COUNT(date_names)))
      offer_date(&w->date, content, 3);
  }
  if (content && itemprop) {
    if (has_token(itemprop, "datePublished"))
      offer_date(&w->date, content, 4);
    else if (has_token(itemprop, "author"))
      offer(&w->author, author_name(akg_strdup(content)), 2);
  }
  akg_free(property);
  akg_free(name);
  akg_free(itemprop);
  akg_free(content);
}

/* The value of the first "datePublished" key in JSON-LD text: a string
 * scan, not a JSON parser, which is all one date needs. */
static void read_json_ld(meta_walk *w, const char *json) {
  const char *key = strstr(json, "\"datePublished\"");
  if (!key)
    return;
  const char *p = key + strlen("\"datePublished\"");
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  if (*p++ != ':')
    return;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  if (*p++ != '"')
    return;
  const char *end = strchr(p, '"');
  if (!end || end - p > 64)
    return;
  char value[65];
  memcpy(value, p, (size_t)(end - p));
  value[end - p] = '\0';
  offer_date(&w->date, value, 5);
}

static bool meta_enter(void *ctx, xmlNode *node) {
  meta_walk *w = ctx;
  if (node->type != XML_ELEMENT_NODE)
    return false;
  if (akg_xml_is(node, "meta")) {
    read_meta(w, node);
  } else if (akg_xml_is(node, "title")) {
    /* The page's own, not one of inline SVG's. */
    if (akg_xml_is(node->parent, "head"))
      offer(&w->title, akg_xml_text(node), 2);
    return false;
  } else if (akg_xml_is(node, "h1")) {
    if (!w->first_h1)
      w->first_h1 = node;
  } else if (akg_xml_is(node, "link")) {
    char *rel = akg_xml_attr(node, "rel");
    char *href = has_token(rel, "canonical") ? akg_xml_attr(node, "href") : NULL;
    offer(&w->url, href && akg_iri_is_absolute(href) ? akg_strdup(href) : NULL, 1);
    akg_free(href);
    akg_free(rel);
  } else if (akg_xml_is(node, "script")) {
    char *type = akg_xml_attr(node, "type");
    if (type && !strcasecmp(type, "application/ld+json")) {
      char *json = akg_xml_text(node);
      if (json)
        read_json_ld(w, json);
      akg_free(json);
    }
    akg_free(type);
    return false;
  } else if (akg_xml_is(node, "time")) {
    char *datetime = akg_xml_attr(node, "datetime");
    char *pubdate = akg_xml_attr(node, "pubdate");
    char *itemprop = akg_xml_attr(node, "itemprop");
    if (has_token(itemprop, "datePublished"))
      offer_date(&w->date, datetime, 4);
    else if (pubdate)
      offer_date(&w->date, datetime, 2);
    akg_free(datetime);
    akg_free(pubdate);
    akg_free(itemprop);
  } else if (akg_xml_is(node, "a")) {
    char *rel = akg_xml_attr(node, "rel");
    if (has_token(rel, "author"))
      offer(&w->author, author_name(akg_xml_text(node)), 1);
    akg_free(rel);
  }
  char *itemprop = akg_xml_attr(node, "itemprop");
  if (has_token(itemprop, "author") && !akg_xml_is(node, "meta")) {
    /* schema.org: the author's name, or the text of the whole element. */
    xmlNode *name = NULL;
    for (xmlNode *c = node->children; c && !name; c = c->next) {
      char *prop = akg_xml_attr(c, "itemprop");
      if (has_token(prop, "name"))
        name = c;
      akg_free(prop);
    }
    char *value = name && akg_xml_is(name, "meta") ? akg_xml_attr(name, "content")
                                                   : akg_xml_text(name ? name : node);
    offer(&w->author, author_name(akg_xml_collapse(value)), 2);
    akg_free(value);
  }
  akg_free(itemprop);
  return true;
}

/* The first <time datetime> (and <h1>) of the main content. */
typedef struct first_walk {
  xmlNode *time, *h1;
} first_walk;

static bool first_enter(void *ctx, xmlNode *node) {
  first_walk *w = ctx;
  if (!w->h1 && akg_xml_is(node, "h1"))
    w->h1 = node;
  if (!w->time && akg_xml_is(node, "time")) {
    char *datetime = akg_xml_attr(node, "datetime");
    if (datetime)
      w->time = node;
    akg_free(datetime);
  }
  return node->type == XML_ELEMENT_NODE && !akg_xml_is(node, "script");
}

/* "Japan and Australia deepen ties | Example Wire" -> "Japan and Australia
 * deepen ties" when "Example Wire" is the publisher. */
static void strip_site_name(char *title, const char *publisher) {
  static const char *const separators[] = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "};
  if (!title || !publisher)
    return;
  size_t len = strlen(title), plen = strlen(publisher);
  if (len <= plen || strcasecmp(title + len - plen, publisher))
    return;
  for (size_t i = 0; i < COUNT(separators); i++) {
    size_t slen = strlen(separators[i]);
    if (len > plen + slen && !memcmp(title + len - plen - slen, separators[i], slen)) {
      title[len - plen - slen] = '\0';
      return;
    }
  }
}

/* Drops a first paragraph that repeats the title (an <h1> in the body). */
static void drop_repeated_title(akg_buf *text, const char *title) {
  if (!title || !text->len)
    return;
  size_t tlen = strlen(title);
  if (text->len >= tlen && !memcmp(text->data, title, tlen) &&
      (text->len == tlen || !memcmp(text->data + tlen, "\n\n", 2))) {
    size_t cut = text->len == tlen ? tlen : tlen + 2;
    memmove(text->data, text->data + cut, text->len - cut + 1);
    text->len -= cut;
  }
}

akg_status akg_html_parse(const char *id, const char *origin, const char *data,
                          size_t len, akg_article *out, akg_diag *diag) {
  memset(out, 0, sizeof *out);
  akg_xml_errors errors;
  xmlDocPtr doc = akg_xml_read_html(data, len, NULL, &errors);
  if (!doc || errors.fatal) {
    akg_xml_report(diag, origin, "HTML that cannot be read to its end", &errors);
    akg_xml_errors_free(&errors);
    xmlFreeDoc(doc);
    return AKG_ERR_BAD_INPUT;
  }
  if (errors.not_utf8)
    akg_diag_report(diag, AKG_DIAG_WARNING, origin, 0,
                    "not valid UTF-8 and no other charset declared: read as ISO-8859-1");
  akg_xml_errors_free(&errors);

  xmlNode *content = main_content(doc);
  meta_walk meta = {0};
  akg_xml_walk((xmlNode *)doc, meta_enter, NULL, &meta);
  first_walk first = {0};
  akg_xml_walk(content, first_enter, NULL, &first);
  if (first.time) {
    char *datetime = akg_xml_attr(first.time, "datetime");
    offer_date(&meta.date, datetime, 1);
    akg_free(datetime);
  }
  if (meta.title.rank == 2)
    strip_site_name(meta.title.value, meta.publisher.value);
  xmlNode *h1 = first.h1 ? first.h1 : meta.first_h1;
  if (h1)
    offer(&meta.title, akg_xml_text(h1), 1);

  akg_buf text = AKG_BUF_INIT;
  akg_html_render(content, &text);
  xmlFreeDoc(doc);
  drop_repeated_title(&text, meta.title.value);

  if (!text.len && !meta.title.value) {
    akg_diag_report(diag, AKG_DIAG_ERROR, origin, 0,
                    "HTML page with neither a title nor text in its main content");
    akg_buf_free(&text);
    akg_free(meta.publisher.value);
    akg_free(meta.author.value);
    akg_free(meta.url.value);
    return AKG_ERR_BAD_INPUT;
  }
  out->id = akg_strdup(id);
  out->origin = akg_strdup(origin);
  out->title = meta.title.value;
  out->publisher = meta.publisher.value;
  out->creator = meta.author.value;
  out->url = meta.url.value;
  out->date = meta.date.date;
  out->text_len = text.len;
  out->text = akg_buf_steal(&text);
  return AKG_OK;
}

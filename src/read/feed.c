/* feed.c: RSS 2.0 and Atom feeds (see feed.h).
 *
 * What is taken from where:
 *   RSS item                           Atom entry
 *   title      <title> (text)          <title> (text, html or xhtml)
 *   url        <link>, else a          <link rel=alternate> (or no rel),
 *              permalink <guid>        resolved against xml:base
 *   id         <guid>, else <link>     <id>, else the link
 *   date       <pubDate> (RFC 822),    <published>, else <updated>
 *              else <dc:date>          (RFC 3339)
 *   author     <dc:creator>, else      <author><name> of the entry, else
 *              <author> ("mail (Name)" of the feed
 *              gives Name)
 *   publisher  <source>, else the      <source><title>, else the feed's
 *              channel's <dc:publisher> <title>
 *              or <title>
 *   text       <content:encoded>, else <content>, else <summary>
 *              <description>, HTML
 * HTML (RSS descriptions, Atom type="html", escaped or in CDATA) becomes
 * text through html.c; Atom type="xhtml" content is rendered from its
 * elements; plain text keeps its blank-line paragraphs. */
#include "actorkg/feed.h"

#include <string.h>
#include <strings.h>

#include <libxml/uri.h>

#include "actorkg/alloc.h"
#include "actorkg/date_stamp.h"
#include "actorkg/html.h"
#include "actorkg/iri.h"
#include "html_text.h"
#include "xml_doc.h"

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"

/* Plain text: white space collapsed within paragraphs, paragraphs (runs
 * of lines up to a blank line) separated by one blank line. */
static char *plain_text(const char *raw) {
  akg_buf out = AKG_BUF_INIT, para = AKG_BUF_INIT;
  const char *p = raw;
  while (*p) {
    const char *eol = strchr(p, '\n');
    size_t n = eol ? (size_t)(eol - p) : strlen(p);
    bool blank = true;
    for (size_t i = 0; i < n; i++)
      if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
        blank = false;
    if (!blank) {
      akg_buf_append(&para, p, n);
      akg_buf_putc(&para, ' ');
    }
    if ((blank || !eol) && para.len) {
      char *collapsed = akg_xml_collapse(akg_buf_str(&para));
      if (collapsed) {
        if (out.len)
          akg_buf_puts(&out, "\n\n");
        akg_buf_puts(&out, collapsed);
      }
      akg_free(collapsed);
      akg_buf_clear(&para);
    }
    p = eol ? eol + 1 : p + n;
  }
  akg_buf_free(&para);
  return akg_buf_steal(&out);
}

static char *html_text(const xmlNode *node) {
  akg_buf raw = AKG_BUF_INIT;
  akg_xml_append_raw_text(&raw, node);
  char *text = akg_html_fragment_to_text(akg_buf_str(&raw), raw.len);
  akg_buf_free(&raw);
  return text;
}

/* An Atom text construct (title, summary, content) as text. */
static char *atom_text(xmlNode *node) {
  if (!node)
    return NULL;
  char *type = akg_xml_attr(node, "type");
  char *text;
  if (type && !strcasecmp(type, "html")) {
    text = html_text(node);
  } else if (type && !strcasecmp(type, "xhtml")) {
    akg_buf out = AKG_BUF_INIT;
    akg_html_render(node, &out);
    text = akg_buf_steal(&out);
  } else {
    akg_buf raw = AKG_BUF_INIT;
    akg_xml_append_raw_text(&raw, node);
    text = plain_text(akg_buf_str(&raw));
    akg_buf_free(&raw);
  }
  akg_free(type);
  return text;
}

/* A one-line field: white space collapsed, NULL when empty. */
static char *field(const xmlNode *node) {
  return akg_xml_text(node);
}

/* Joins the collapsed text of every child `name` in `ns` with ", ". */
static char *joined(const xmlNode *parent, const char *ns, const char *name,
                    const char *inner_ns, const char *inner) {
  akg_buf out = AKG_BUF_INIT;
  for (xmlNode *c = parent ? parent->children : NULL; c; c = c->next) {
    if (!akg_xml_is_ns(c, ns, name))
      continue;
    char *value = field(inner ? akg_xml_child(c, inner_ns, inner) : c);
    if (value) {
      if (out.len)
        akg_buf_puts(&out, ", ");
      akg_buf_puts(&out, value);
    }
    akg_free(value);
  }
  if (!out.len) {
    akg_buf_free(&out);
    return NULL;
  }
  return akg_buf_steal(&out);
}

/* RSS <author> is "mail (Name)" or just a mail address. */
static char *rss_author(char *value) {
  char *open = value ? strchr(value, '(') : NULL;
  char *close = open ? strrchr(open, ')') : NULL;
  if (!close || close == open + 1)
    return value;
  char *name = akg_strndup(open + 1, (size_t)(close - open - 1));
  akg_free(value);
  char *collapsed = akg_xml_collapse(name);
  akg_free(name);
  return collapsed;
}

static void set_date(akg_article *a, const xmlNode *node, bool rfc822, akg_diag *diag) {
  char *value = field(node);
  if (!value)
    return;
  akg_date date;
  bool ok = (rfc822 && akg_date_parse_rfc822(value, &date) == AKG_OK) ||
            akg_date_parse_stamp(value, &date) == AKG_OK;
  if (ok)
    a->date = date;
  else
    akg_diag_report(diag, AKG_DIAG_WARNING, a->origin, (unsigned long)xmlGetLineNo(node),
                    "<%s> \"%s\" is not a date; the article is left undated",
                    (const char *)node->name, value);
  akg_free(value);
}

/* Keeps the article if it has a title or text; else drops it. */
static void finish_item(akg_articles *out, akg_article *a, akg_diag *diag) {
  if ((a->text && *a->text) || a->title) {
    if (!a->text)
      a->text = akg_strdup("");
    a->text_len = strlen(a->text);
    return;
  }
  akg_diag_report(diag, AKG_DIAG_WARNING, a->origin, 0,
                  "item with neither a title nor text; left out");
  akg_article_clear(a);
  out->count--;
}

static char *absolute_or_null(char *url) {
  if (url && akg_iri_is_absolute(url))
    return url;
  akg_free(url);
  return NULL;
}

/* ---- RSS ---- */

static void read_rss_item(xmlNode *item, size_t n, const char *file_id,
                          const char *origin, const char *publisher, akg_articles *out,
                          akg_diag *diag) {
  char *guid = field(akg_xml_child(item, NULL, "guid"));
  char *link = field(akg_xml_child(item, NULL, "link"));
  akg_article *a = akg_articles_add(out);
  akg_xml_name_record(a, file_id, origin, n, guid ? guid : link);
  a->title = field(akg_xml_child(item, NULL, "title"));
  if (link) {
    a->url = absolute_or_null(akg_strdup(link));
  } else if (guid) {
    char *permalink = akg_xml_attr(akg_xml_child(item, NULL, "guid"), "isPermaLink");
    if (!permalink || strcasecmp(permalink, "false"))
      a->url = absolute_or_null(akg_strdup(guid));
    akg_free(permalink);
  }
  xmlNode *date = akg_xml_child(item, NULL, "pubDate");
  if (date)
    set_date(a, date, true, diag);
  else if ((date = akg_xml_child(item, NS_DC, "date")))
    set_date(a, date, false, diag);
  a->creator = joined(item, NS_DC, "creator", NULL, NULL);
  if (!a->creator)
    a->creator = rss_author(field(akg_xml_child(item, NULL, "author")));
  a->publisher = field(akg_xml_child(item, NULL, "source"));
  if (!a->publisher && publisher)
    a->publisher = akg_strdup(publisher);
  xmlNode *body = akg_xml_child(item, NS_CONTENT, "encoded");
  if (!body)
    body = akg_xml_child(item, NULL, "description");
  if (body)
    a->text = html_text(body);
  akg_free(guid);
  akg_free(link);
  finish_item(out, a, diag);
}

static void read_rss(xmlNode *root, const char *file_id, const char *origin,
                     akg_articles *out, akg_diag *diag) {
  xmlNode *channel = akg_xml_child(root, NULL, "channel");
  char *publisher = field(akg_xml_child(channel, NS_DC, "publisher"));
  if (!publisher)
    publisher = field(akg_xml_child(channel, NULL, "title"));
  size_t n = 0;
  for (xmlNode *c = channel ? channel->children : NULL; c; c = c->next)
    if (akg_xml_is_ns(c, NULL, "item"))
      read_rss_item(c, ++n, file_id, origin, publisher, out, diag);
  if (!n)
    akg_diag_report(diag, AKG_DIAG_WARNING, origin, 0, "RSS feed without items");
  akg_free(publisher);
}

/* ---- Atom ---- */

/* An href resolved against the xml:base in scope, if there is one. */
static char *resolved_href(xmlNode *link) {
  char *href = akg_xml_attr(link, "href");
  xmlChar *base = href ? xmlNodeGetBase(link->doc, link) : NULL;
  xmlChar *resolved = base ? xmlBuildURI((const xmlChar *)href, base) : NULL;
  if (resolved) {
    akg_free(href);
    href = akg_strdup((const char *)resolved);
  }
  xmlFree(resolved);
  xmlFree(base);
  return href;
}

/* The entry's alternate link, an HTML one when there are several. */
static char *atom_link(xmlNode *entry) {
  char *fallback = NULL;
  for (xmlNode *c = entry->children; c; c = c->next) {
    if (!akg_xml_is_ns(c, NS_ATOM, "link"))
      continue;
    char *rel = akg_xml_attr(c, "rel");
    char *type = akg_xml_attr(c, "type");
    bool alternate = !rel || !strcmp(rel, "alternate");
    bool html = !type || !strcasecmp(type, "text/html");
    akg_free(rel);
    akg_free(type);
    if (!alternate || (!html && fallback))
      continue;
    char *href = resolved_href(c);
    if (html && href) {
      akg_free(fallback);
      return href;
    }
    if (!fallback)
      fallback = href;
    else
      akg_free(href);
  }
  return fallback;
}

static char *one_line(char *text) {
  char *collapsed = akg_xml_collapse(text);
  akg_free(text);
  return collapsed;
}

static void read_atom_entry(xmlNode *entry, size_t n, const char *file_id,
                            const char *origin, const char *feed_title,
                            const char *feed_authors, akg_articles *out, akg_diag *diag) {
  char *id = field(akg_xml_child(entry, NS_ATOM, "id"));
  char *link = atom_link(entry);
  akg_article *a = akg_articles_add(out);
  akg_xml_name_record(a, file_id, origin, n, id ? id : link);
  a->title = one_line(atom_text(akg_xml_child(entry, NS_ATOM, "title")));
  a->url = absolute_or_null(link);
  xmlNode *date = akg_xml_child(entry, NS_ATOM, "published");
  if (!date)
    date = akg_xml_child(entry, NS_ATOM, "updated");
  if (date)
    set_date(a, date, false, diag);
  a->creator = joined(entry, NS_ATOM, "author", NS_ATOM, "name");
  if (!a->creator && feed_authors)
    a->creator = akg_strdup(feed_authors);
  a->publisher = one_line(atom_text(
      akg_xml_child(akg_xml_child(entry, NS_ATOM, "source"), NS_ATOM, "title")));
  if (!a->publisher && feed_title)
    a->publisher = akg_strdup(feed_title);
  xmlNode *body = akg_xml_child(entry, NS_ATOM, "content");
  char *src = akg_xml_attr(body, "src"); /* content elsewhere: use the summary */
  if (!body || src)
    body = akg_xml_child(entry, NS_ATOM, "summary");
  akg_free(src);
  a->text = atom_text(body);
  akg_free(id);
  finish_item(out, a, diag);
}

static void read_atom(xmlNode *root, const char *file_id, const char *origin,
                      akg_articles *out, akg_diag *diag) {
  char *title = one_line(atom_text(akg_xml_child(root, NS_ATOM, "title")));
  char *authors = joined(root, NS_ATOM, "author", NS_ATOM, "name");
  size_t n = 0;
  for (xmlNode *c = root->children; c; c = c->next)
    if (akg_xml_is_ns(c, NS_ATOM, "entry"))
      read_atom_entry(c, ++n, file_id, origin, title, authors, out, diag);
  if (!n)
    akg_diag_report(diag, AKG_DIAG_WARNING, origin, 0, "Atom feed without entries");
  akg_free(title);
  akg_free(authors);
}

akg_status akg_feed_parse(const char *file_id, const char *origin, const char *data,
                          size_t len, akg_articles *out, akg_diag *diag) {
  akg_xml_errors errors;
  xmlDocPtr doc = akg_xml_read_xml(data, len, &errors);
  if (!doc) {
    akg_xml_report(diag, origin, "not well-formed XML", &errors);
    akg_xml_errors_free(&errors);
    return AKG_ERR_BAD_INPUT;
  }
  akg_xml_errors_free(&errors);
  xmlNode *root = xmlDocGetRootElement(doc);
  akg_status status = AKG_OK;
  if (akg_xml_is_ns(root, NULL, "rss")) {
    read_rss(root, file_id, origin, out, diag);
  } else if (akg_xml_is_ns(root, NS_ATOM, "feed")) {
    read_atom(root, file_id, origin, out, diag);
  } else {
    akg_diag_report(diag, AKG_DIAG_ERROR, origin, 0,
                    "root element <%s> is neither RSS <rss> nor Atom <feed> (in the "
                    "namespace " NS_ATOM ")",
                    root && root->name ? (const char *)root->name : "");
    status = AKG_ERR_BAD_INPUT;
  }
  xmlFreeDoc(doc);
  return status;
}

/* report.c: the HTML report page (see report.h).
 *
 * The page is written in pieces into a buffer that is handed to the sink
 * whenever it grows past a block, so a corpus of many events does not hold
 * the whole page twice. The style sheet and the script are constants of
 * this file: no text of the graph ever reaches them, only the escaped
 * body, so a hostile title cannot close a <script> or start one. */
#include "actorkg/report.h"

#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/date.h"
#include "text/utf8.h"

enum { FLUSH_BYTES = 1 << 16 };

static const char head[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>actorkg: who accuses, cooperates with and joins whom</title>\n"
    "<style>\n"
    "body{font-family:Helvetica,Arial,sans-serif;margin:1.5em;color:#222}\n"
    "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}\n"
    "#diagram{overflow:auto;max-height:80vh;border:1px solid #ddd}\n"
    "#diagram svg{max-width:none}\n"
    "table{border-collapse:collapse;font-size:0.85em;width:100%}\n"
    "th,td{border:1px solid #ddd;padding:0.3em 0.5em;text-align:left;"
    "vertical-align:top}\n"
    "th{background:#f4f6f6;cursor:pointer;user-select:none;position:sticky;top:0}\n"
    "th[aria-sort=ascending]::after{content:\" \\25B2\"}\n"
    "th[aria-sort=descending]::after{content:\" \\25BC\"}\n"
    "td:first-child{white-space:nowrap}\n"
    ".title{color:#666}.more{color:#666;font-style:italic}\n"
    "input{font-size:1em;padding:0.2em;width:20em}\n"
    "</style>\n"
    "</head>\n"
    "<body>\n"
    "<h1>actorkg: who accuses, cooperates with and joins whom</h1>\n";

/* Sorting and filtering. Rows keep their original index as a tie-break,
 * so every sort gives one order. The fragment (#filter=TEXT&sort=N&
 * order=desc) is applied once at load, which also lets a headless browser
 * check the table. */
static const char script[] =
    "<script>\n"
    "(function () {\n"
    "  var table = document.getElementById('events');\n"
    "  var body = table.tBodies[0];\n"
    "  var rows = Array.prototype.slice.call(body.rows);\n"
    "  var heads = table.tHead.rows[0].cells;\n"
    "  var filter = document.getElementById('filter');\n"
    "  var shown = document.getElementById('shown');\n"
    "  rows.forEach(function (r, i) { r.dataset.index = i; });\n"
    "  function applyFilter() {\n"
    "    var q = filter.value.toLowerCase(), n = 0;\n"
    "    rows.forEach(function (r) {\n"
    "      var hit = !q || r.textContent.toLowerCase().indexOf(q) >= 0;\n"
    "      r.hidden = !hit;\n"
    "      if (hit) n++;\n"
    "    });\n"
    "    shown.textContent = n + ' of ' + rows.length + ' events shown';\n"
    "    shown.setAttribute('data-shown', n);\n"
    "  }\n"
    "  function sortBy(col, descending) {\n"
    "    var sign = descending ? -1 : 1;\n"
    "    rows.sort(function (a, b) {\n"
    "      var x = a.cells[col].textContent, y = b.cells[col].textContent;\n"
    "      if (x !== y) return (x < y ? -1 : 1) * sign;\n"
    "      return a.dataset.index - b.dataset.index;\n"
    "    });\n"
    "    rows.forEach(function (r) { body.appendChild(r); });\n"
    "    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute('aria-sort');\n"
    "    heads[col].setAttribute('aria-sort', descending ? 'descending' : 'ascending');\n"
    "  }\n"
    "  Array.prototype.forEach.call(heads, function (th, col) {\n"
    "    th.addEventListener('click', function () {\n"
    "      sortBy(col, th.getAttribute('aria-sort') === 'ascending');\n"
    "    });\n"
    "  });\n"
    "  filter.addEventListener('input', applyFilter);\n"
    "  var params = {};\n"
    "  location.hash.slice(1).split('&').forEach(function (part) {\n"
    "    var eq = part.indexOf('=');\n"
    "    if (eq > 0) params[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + "
    "1));\n"
    "  });\n"
    "  if (params.filter) filter.value = params.filter;\n"
    "  var col = parseInt(params.sort, 10);\n"
    "  if (col >= 0 && col < heads.length) sortBy(col, params.order === 'desc');\n"
    "  applyFilter();\n"
    "})();\n"
    "</script>\n";

static const char *const columns[] = {"Date",   "Subject", "Relation",
                                      "Object", "Article", "Evidence"};

typedef struct page {
  akg_buf buf;
  const akg_sink *out;
  akg_status status;
} page;

static void flush(page *p, bool always) {
  if (p->buf.len && (always || p->buf.len >= FLUSH_BYTES)) {
    if (p->status == AKG_OK)
      p->status = akg_sink_write(p->out, p->buf.data, p->buf.len);
    akg_buf_clear(&p->buf);
  }
}

/* Text for an element or a quoted attribute: the five characters HTML
 * reads as markup become references, control characters other than tab
 * and line end, which HTML forbids, become spaces, and bytes that are not
 * UTF-8 (file names may hold any) become U+FFFD. */
static void put_escaped(akg_buf *buf, const char *s) {
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c >= 0x80) {
      size_t size;
      const unsigned char *u = (const unsigned char *)s;
      /* 4: the longest sequence; decoding stops at the NUL */
      if (akg_utf8_decode(u, 4, &size) == 0xFFFD && size != 3)
        akg_buf_puts(buf, "\xEF\xBF\xBD");
      else
        akg_buf_append(buf, s, size);
      s += size - 1;
      continue;
    }
    switch (c) {
    case '&': akg_buf_puts(buf, "&amp;"); break;
    case '<': akg_buf_puts(buf, "&lt;"); break;
    case '>': akg_buf_puts(buf, "&gt;"); break;
    case '"': akg_buf_puts(buf, "&quot;"); break;
    case '\'': akg_buf_puts(buf, "&#39;"); break;
    default:
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
        akg_buf_putc(buf, ' ');
      else
        akg_buf_putc(buf, (char)c);
    }
  }
}

static const char *actor_name(const akg_actor *a) {
  return a->label ? a->label : a->id;
}

/* Only http(s) addresses become links: a "javascript:" URL in a hostile
 * article would run when clicked. */
static bool is_web_url(const char *url) {
  return url && (!strncmp(url, "http://", 7) || !strncmp(url, "https://", 8));
}

static void put_summary(page *p, const akg_graph *graph,
                        const akg_diagram_options *diagram) {
  akg_date first = AKG_DATE_UNKNOWN, last = AKG_DATE_UNKNOWN;
  size_t events = akg_graph_event_count(graph);
  for (size_t i = 0; i < events; i++) {
    const akg_event *e = akg_graph_event_at(graph, i);
    for (size_t d = 0; d < e->date_count; d++) {
      if (!akg_date_is_known(first) || akg_date_compare(e->dates[d], first) < 0)
        first = e->dates[d];
      if (akg_date_compare(e->dates[d], last) > 0)
        last = e->dates[d];
    }
  }
  size_t articles = akg_graph_article_count(graph);
  size_t actors = akg_graph_actor_count(graph);
  size_t facts = akg_graph_fact_count(graph);
  akg_buf_printf(&p->buf,
                 "<p id=\"summary\" data-articles=\"%zu\" data-actors=\"%zu\" "
                 "data-events=\"%zu\" data-facts=\"%zu\">%zu article%s, %zu actor%s, "
                 "%zu event%s, %zu distinct fact%s",
                 articles, actors, events, facts, articles, articles == 1 ? "" : "s",
                 actors, actors == 1 ? "" : "s", events, events == 1 ? "" : "s", facts,
                 facts == 1 ? "" : "s");
  char from[11], to[11];
  if (akg_date_format(first, from) && akg_date_format(last, to))
    akg_buf_printf(&p->buf, "; events dated from %s to %s", from, to);
  akg_buf_puts(&p->buf, ".</p>\n<h2>Actor network</h2>\n<p>");
  if (diagram && diagram->top)
    akg_buf_printf(&p->buf, "Drawn: the facts among the %zu actors with most events. ",
                   diagram->top);
  if (diagram && diagram->min_sources > 1)
    akg_buf_printf(&p->buf, "Drawn: the facts stated by at least %zu articles. ",
                   diagram->min_sources);
  if (diagram && diagram->max_facts && facts > diagram->max_facts)
    akg_buf_printf(&p->buf,
                   "Drawn: at most %zu of the %zu facts, those stated by most "
                   "articles. ",
                   diagram->max_facts, facts);
  akg_buf_puts(&p->buf, "Hover over a line for its evidence, over an actor for its "
                        "names; actors with a Wikidata id link to it.</p>\n");
}

/* A sink that passes on the SVG from its <svg> element, dropping the XML
 * declaration, doctype and leading comments, which have no place inside
 * HTML. The element's start may be split across writes. */
typedef struct svg_element_sink {
  const akg_sink *out;
  size_t matched; /* bytes of "<svg" seen so far, until all four are */
} svg_element_sink;

static const char SVG_START[] = "<svg";

static akg_status write_from_svg_element(void *ctx, const char *bytes, size_t len) {
  svg_element_sink *s = ctx;
  size_t i = 0;
  while (s->matched < sizeof SVG_START - 1) {
    if (i == len)
      return AKG_OK;
    char c = bytes[i++];
    /* "<svg" has no proper prefix that is also its suffix but "", so a
     * mismatch starts again from nothing or from this '<'. */
    s->matched = c == SVG_START[s->matched] ? s->matched + 1 : (size_t)(c == '<');
    if (s->matched == sizeof SVG_START - 1) {
      akg_status status = akg_sink_puts(s->out, SVG_START);
      if (status != AKG_OK)
        return status;
    }
  }
  return i < len ? akg_sink_write(s->out, bytes + i, len - i) : AKG_OK;
}

typedef struct drawing {
  const akg_graph *graph;
  const akg_diagram_options *options;
} drawing;

static akg_status draw(void *ctx, const akg_sink *to, akg_diag *diag) {
  const drawing *d = ctx;
  return akg_diagram_export_selected(d->graph, d->options, NULL, to, diag);
}

static void put_diagram(page *p, const akg_report_svg *svg, akg_diag *diag) {
  akg_buf_puts(&p->buf, "<div id=\"diagram\">\n");
  flush(p, true);
  svg_element_sink element = {p->out, 0};
  akg_sink sink = {write_from_svg_element, &element};
  if (p->status == AKG_OK)
    p->status = svg->write(svg->ctx, &sink, diag);
  akg_buf_puts(&p->buf, "</div>\n");
}

static void put_event(akg_buf *buf, const akg_event *e) {
  akg_buf_puts(buf, "<tr><td>");
  char date[11];
  for (size_t d = 0; d < e->date_count; d++) {
    akg_date_format(e->dates[d], date);
    akg_buf_printf(buf, "%s%s", d ? ", " : "", date);
  }
  akg_buf_puts(buf, "</td><td>");
  put_escaped(buf, actor_name(e->subject));
  akg_buf_printf(buf, "</td><td>%s</td><td>", akg_relation_name(e->relation));
  put_escaped(buf, actor_name(e->object));
  akg_buf_puts(buf, "</td><td>");
  const akg_graph_article *a = e->article;
  if (is_web_url(a->url)) {
    akg_buf_puts(buf, "<a href=\"");
    put_escaped(buf, a->url);
    akg_buf_puts(buf, "\">");
    put_escaped(buf, a->id);
    akg_buf_puts(buf, "</a>");
  } else {
    put_escaped(buf, a->id);
  }
  if (a->title) {
    akg_buf_puts(buf, "<br><span class=\"title\">");
    put_escaped(buf, a->title);
    akg_buf_puts(buf, "</span>");
  }
  akg_buf_puts(buf, "</td><td>");
  size_t shown =
      e->evidence_count < AKG_REPORT_EVIDENCE ? e->evidence_count : AKG_REPORT_EVIDENCE;
  for (size_t s = 0; s < shown; s++) {
    if (s)
      akg_buf_puts(buf, "<br>");
    put_escaped(buf, e->evidence[s]);
  }
  if (shown < e->evidence_count)
    akg_buf_printf(buf, "<br><span class=\"more\">and %zu more</span>",
                   e->evidence_count - shown);
  akg_buf_puts(buf, "</td></tr>\n");
}

static void put_table(page *p, const akg_graph *graph) {
  size_t events = akg_graph_event_count(graph);
  akg_buf_printf(&p->buf,
                 "<h2>Events</h2>\n"
                 "<p><label>Filter: <input id=\"filter\" type=\"search\" "
                 "placeholder=\"actor, relation, article, word...\"></label> "
                 "<span id=\"shown\" data-shown=\"%zu\">%zu of %zu events shown</span>"
                 " (click a header to sort)</p>\n"
                 "<table id=\"events\">\n<thead><tr>",
                 events, events, events);
  for (size_t i = 0; i < sizeof columns / sizeof *columns; i++)
    akg_buf_printf(&p->buf, "<th>%s</th>", columns[i]);
  akg_buf_puts(&p->buf, "</tr></thead>\n<tbody>\n");
  for (size_t i = 0; i < events; i++) {
    put_event(&p->buf, akg_graph_event_at(graph, i));
    flush(p, false);
  }
  akg_buf_puts(&p->buf, "</tbody>\n</table>\n");
}

akg_status akg_report_write_with_svg(const akg_graph *graph,
                                     const akg_diagram_options *diagram,
                                     const akg_report_svg *svg, const akg_sink *out,
                                     akg_diag *diag) {
  drawing own = {graph, diagram};
  akg_report_svg drawn = {draw, &own};
  page p = {AKG_BUF_INIT, out, AKG_OK};
  akg_buf_puts(&p.buf, head);
  put_summary(&p, graph, diagram);
  put_diagram(&p, svg ? svg : &drawn, diag);
  flush(&p, false);
  put_table(&p, graph);
  akg_buf_puts(&p.buf, script);
  akg_buf_puts(&p.buf, "</body>\n</html>\n");
  flush(&p, true);
  akg_buf_free(&p.buf);
  return p.status;
}

akg_status akg_report_write(const akg_graph *graph, const akg_diagram_options *diagram,
                            const akg_sink *out, akg_diag *diag) {
  return akg_report_write_with_svg(graph, diagram, NULL, out, diag);
}

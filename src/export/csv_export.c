/* csv_export.c: events.csv (see csv_export.h).
 *
 * Rows are built in one buffer and handed to the sink in blocks of about
 * 64 KiB, so a graph of a million events costs a few thousand sink calls
 * and no more memory than a block. Nothing here depends on the lexicon or
 * the relation words: the relation column is the property's local name. */
#include "actorkg/csv_export.h"

#include <string.h>

enum { FLUSH_AT = 64 * 1024 };

static const char header[] = "date,subject,subject_code,relation,object,object_code,"
                             "cameo,article,publisher,url,evidence\r\n";

void akg_csv_append_field(akg_buf *buf, const char *field) {
  if (!field)
    return;
  if (!field[strcspn(field, ",\"\r\n")]) {
    akg_buf_puts(buf, field);
    return;
  }
  akg_buf_putc(buf, '"');
  for (const char *p = field; *p; p++) {
    if (*p == '"')
      akg_buf_putc(buf, '"');
    akg_buf_putc(buf, *p);
  }
  akg_buf_putc(buf, '"');
}

/* An actor's code: ISO alpha-3 where it has one, else its id. */
static const char *actor_code(const akg_actor *actor) {
  return actor->iso_code && *actor->iso_code ? actor->iso_code : actor->id;
}

/* Joins the values of one cell first, then quotes the whole cell, so a
 * value with a comma quotes the cell once rather than in pieces. */
static void append_joined(akg_buf *buf, akg_buf *cell, const char *const *values,
                          size_t count) {
  akg_buf_clear(cell);
  for (size_t i = 0; i < count; i++) {
    if (i)
      akg_buf_puts(cell, AKG_CSV_JOIN);
    akg_buf_puts(cell, values[i]);
  }
  akg_csv_append_field(buf, akg_buf_str(cell));
}

static void append_dates(akg_buf *buf, const akg_event *event) {
  for (size_t i = 0; i < event->date_count; i++) {
    char date[11];
    akg_date_format(event->dates[i], date);
    if (i)
      akg_buf_puts(buf, AKG_CSV_JOIN);
    akg_buf_puts(buf, date); /* digits and dashes: never quoted */
  }
}

static void append_row(akg_buf *buf, akg_buf *cell, const akg_event *event) {
  const akg_graph_article *article = event->article;
  append_dates(buf, event);
  akg_buf_putc(buf, ',');
  akg_csv_append_field(buf, event->subject->label);
  akg_buf_putc(buf, ',');
  akg_csv_append_field(buf, actor_code(event->subject));
  akg_buf_putc(buf, ',');
  akg_csv_append_field(buf, akg_relation_name(event->relation));
  akg_buf_putc(buf, ',');
  akg_csv_append_field(buf, event->object->label);
  akg_buf_putc(buf, ',');
  akg_csv_append_field(buf, actor_code(event->object));
  akg_buf_putc(buf, ',');
  append_joined(buf, cell, event->cameo, event->cameo_count);
  akg_buf_putc(buf, ',');
  akg_csv_append_field(buf, article->id);
  akg_buf_putc(buf, ',');
  akg_csv_append_field(buf, article->publisher);
  akg_buf_putc(buf, ',');
  akg_csv_append_field(buf, article->url);
  akg_buf_putc(buf, ',');
  append_joined(buf, cell, (const char *const *)event->evidence, event->evidence_count);
  akg_buf_puts(buf, "\r\n");
}

akg_status akg_csv_export_events(const akg_graph *graph, const akg_sink *sink,
                                 akg_diag *diag) {
  (void)diag;
  akg_buf buf = AKG_BUF_INIT, cell = AKG_BUF_INIT;
  akg_buf_puts(&buf, header);
  akg_status status = AKG_OK;
  size_t count = akg_graph_event_count(graph);
  for (size_t i = 0; i < count && status == AKG_OK; i++) {
    append_row(&buf, &cell, akg_graph_event_at(graph, i));
    if (buf.len >= FLUSH_AT) {
      status = akg_sink_write(sink, buf.data, buf.len);
      akg_buf_clear(&buf);
    }
  }
  if (status == AKG_OK)
    status = akg_sink_write(sink, buf.data, buf.len);
  akg_buf_free(&buf);
  akg_buf_free(&cell);
  return status;
}

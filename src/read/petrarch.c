/* petrarch.c: PETRARCH-style event-data XML (see petrarch.h). The format
 * has no namespace and no schema; the attribute names are those of the
 * PETRARCH coder's input files (date, id, source). */
#include "actorkg/petrarch.h"

#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/date_stamp.h"
#include "xml_doc.h"

static void read_sentence(xmlNode *sentence, size_t n, const char *file_id,
                          const char *origin, akg_articles *out, akg_diag *diag) {
  char *raw_id = akg_xml_attr(sentence, "id");
  char *id = akg_xml_collapse(raw_id);
  akg_free(raw_id);
  char *text = akg_xml_text(akg_xml_child(sentence, NULL, "Text"));
  if (!text) {
    akg_buf name = AKG_BUF_INIT;
    akg_buf_printf(&name, "%s#%zu", origin, n);
    akg_diag_report(diag, AKG_DIAG_WARNING, akg_buf_str(&name),
                    (unsigned long)xmlGetLineNo(sentence),
                    "<Sentence> without <Text>; left out");
    akg_buf_free(&name);
    akg_free(id);
    return;
  }
  akg_article *a = akg_articles_add(out);
  akg_xml_name_record(a, file_id, origin, n, id);
  a->text = text;
  a->text_len = strlen(text);
  char *source = akg_xml_attr(sentence, "source");
  a->publisher = akg_xml_collapse(source);
  akg_free(source);
  char *date = akg_xml_attr(sentence, "date");
  if (date && akg_date_parse_stamp(date, &a->date) != AKG_OK)
    akg_diag_report(
        diag, AKG_DIAG_WARNING, a->origin, (unsigned long)xmlGetLineNo(sentence),
        "date \"%s\" is not a date (YYYYMMDD); the sentence is left undated", date);
  akg_free(date);
  akg_free(id);
}

akg_status akg_petrarch_parse(const char *file_id, const char *origin, const char *data,
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
  if (!akg_xml_is_ns(root, NULL, "Sentences")) {
    akg_diag_report(diag, AKG_DIAG_ERROR, origin, 0,
                    "root element <%s> is not PETRARCH's <Sentences>",
                    root && root->name ? (const char *)root->name : "");
    xmlFreeDoc(doc);
    return AKG_ERR_BAD_INPUT;
  }
  size_t n = 0;
  for (xmlNode *c = root->children; c; c = c->next)
    if (akg_xml_is_ns(c, NULL, "Sentence"))
      read_sentence(c, ++n, file_id, origin, out, diag);
  if (!n)
    akg_diag_report(diag, AKG_DIAG_WARNING, origin, 0, "no <Sentence> records");
  xmlFreeDoc(doc);
  return AKG_OK;
}

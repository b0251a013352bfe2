/* petrarch.h: event-data XML in the PETRARCH style, one article per
 * sentence record:
 *
 *   <Sentences>
 *     <Sentence date="20240514" id="AFP_ENG_20240514.0012-1" source="AFP">
 *       <Text>Japan and Australia agreed to deepen cooperation ...</Text>
 *       <Parse>...</Parse>
 *     </Sentence>
 *   </Sentences>
 *
 * The record's date (YYYYMMDD, or any form date_stamp.h reads) is the
 * article's date, its id the identifier, its source the publisher and its
 * <Text> the text; <Parse> and any other child are ignored. */
#ifndef ACTORKG_PETRARCH_H
#define ACTORKG_PETRARCH_H

#include <stddef.h>

#include "actorkg/reader.h"
#include "actorkg/status.h"

/* Appends one article per <Sentence> of data[0..len) to `out`. A sentence
 * without an id is "<file_id>#N" (N its 1-based position); messages name
 * it "<origin>#N". Fails with AKG_ERR_BAD_INPUT after one message when the
 * XML is not well-formed or the root is not <Sentences>; `out` is then as
 * it was. A sentence without text is left out with a warning. */
akg_status akg_petrarch_parse(const char *file_id, const char *origin, const char *data,
                              size_t len, akg_articles *out, akg_diag *diag);

#endif

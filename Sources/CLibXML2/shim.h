// libxml2 is built with ICU on Debian, and its encoding.h then includes the system ICU headers,
// whose UErrorCode clashes with the ICU copy inside Foundation (_FoundationICU) when both are
// in one Swift module. narrate never touches libxml2's encoding handlers (only pointers to
// them), so the ICU part of those headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

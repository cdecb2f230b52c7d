// The chart of herald plot: a dyad series drawn as a self-contained SVG document.
#ifndef HERALD_STORE_SVG_CHART_H_
#define HERALD_STORE_SVG_CHART_H_

#include <string>
#include <string_view>

#include "herald/store.h"

namespace herald::store {

// Two panels over one time axis: above, the Goldstein sum of each period (bars for both
// directions together, a line for each direction); below, the events of each period stacked
// by QuadClass. Every piece of text is XML-escaped, so actor arguments and story titles cannot
// break the document. `title` empty: "A and B".
std::string dyad_chart_svg(const DyadSeries& series, std::string_view title = {});

// Escapes &, <, >, " and ' for XML text and attribute values.
std::string xml_escape(std::string_view text);

}  // namespace herald::store

#endif  // HERALD_STORE_SVG_CHART_H_

#include "herald/pipeline.h"

#include "herald/text.h"

namespace herald {

Document Pipeline::run(Story story) const {
  Document doc;
  doc.id = std::move(story.id);
  doc.date = std::move(story.date);
  doc.text = std::move(story.text);
  text::segment(doc);
  return doc;
}

}  // namespace herald

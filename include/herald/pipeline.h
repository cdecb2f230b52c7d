// herald — Pipeline: the stages that turn a Story into an analyzed Document.
//
// A Pipeline is immutable once built and may be shared by any number of threads; all
// per-story state lives in the Document it returns.
#ifndef HERALD_PIPELINE_H_
#define HERALD_PIPELINE_H_

#include "herald/document.h"
#include "herald/story.h"

namespace herald {

class Pipeline {
 public:
  // The text stage: sentences and tokens with their offsets.
  Document run(Story story) const;
};

}  // namespace herald

#endif  // HERALD_PIPELINE_H_

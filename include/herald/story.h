// herald — Story: one input record (a news story, or a sentence from a validation file).
#ifndef HERALD_STORY_H_
#define HERALD_STORY_H_

#include <cstdint>
#include <string>

namespace herald {

struct Story {
  std::string id;
  std::string date;           // YYYY-MM-DD, or empty when the input gave none
  std::string text;           // valid UTF-8 (readers clean it, see text::clean_utf8)
  std::string metadata_json;  // the input's other fields as a JSON object, or empty
  std::string origin;         // the file it came from ("-" for standard input)
  uint64_t line = 0;          // 1-based line of the record in that file (0 for whole files)
};

}  // namespace herald

#endif  // HERALD_STORY_H_

// The syntax model file: the tagger, lemmatizer and parser in one checksummed binary file.
//
// Layout: the 8 bytes "HRLDSYN\0", a format version (uint32), the payload size (uint64), an
// FNV-1a-64 checksum of the payload (uint64), then the payload: a description string, the
// tagger, the lemmatizer and the parser, each as its write() lays it out. All little-endian.
#ifndef HERALD_SYNTAX_MODEL_FILE_H_
#define HERALD_SYNTAX_MODEL_FILE_H_

#include <filesystem>
#include <string>

#include "herald/syntax.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace herald::syntax {

struct SyntaxModel::Parts {
  std::string description;
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
};

// What SyntaxModel::annotate does, for code that holds the parts (the trainer).
void annotate_document(const SyntaxModel::Parts& parts, Document& doc);
void annotate_sentence(const SyntaxModel::Parts& parts, Document& doc, const Sentence& sentence);

// Throws ModelError when the file cannot be written.
void write_model_file(const std::filesystem::path& file, const SyntaxModel::Parts& parts);
// Throws ModelError naming the file (and byte offset) when it is missing or malformed.
SyntaxModel::Parts read_model_file(const std::filesystem::path& file);

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_MODEL_FILE_H_
